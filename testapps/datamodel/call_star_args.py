def f(a, b=2, c=3):
    return (a, b, c)
args = [10, 20]
kw = {'c': 30}
print(f(*args), f(*args, **kw), f(1, *[2]), f(**{'a': 1}), f(*'xy', c=0), f(*range(1), **{'b': 5}))
print(max(*[3, 9, 2]), print(*'abc'), '{}-{}'.format(*'xy'), dict(**kw, z=1))
print('{a}{b}'.format(**{'a': 1, 'b': 2}), sorted(*[[3, 1, 2]], reverse=True))
try:
    print(f(*5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f(**5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f(*args, **{'a': 1}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f(**{'c': 1}, c=2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f(**{1: 2}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f(*[1, 2, 3, 4]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(len(*[1, 2]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(print(**{'bad': 1}))
except Exception as e:
    print(type(e).__name__, e)
