a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
print({**a, **b}, {**b, 'w': 0, **a}, {'y': 0, **a})
c = dict(a)
c |= b
print(c)
c |= [('p', 1)]
print(c)
c.update({'q': 2}, r=3)
print(c)
c.update([('s', 4)])
c.update(t=5)
print(c)
c.update()
print(len(c))
for bad in ["a | [1]", "c |= 5", "{**[1]}", "c.update(1)", "c.update({}, {})", "c.update([(1, 2, 3)])"]:
    pass
try:
    print(a | [('k', 1)])
except Exception as e:
    print(type(e).__name__, e)
try:
    c |= 5
except Exception as e:
    print(type(e).__name__, e)
try:
    print({**[1]})
except Exception as e:
    print(type(e).__name__, e)
try:
    c.update(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    c.update({}, {})
except Exception as e:
    print(type(e).__name__, e)
try:
    c.update([(1, 2, 3)])
except Exception as e:
    print(type(e).__name__, e)
