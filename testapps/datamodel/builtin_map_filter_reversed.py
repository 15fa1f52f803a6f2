def sq(x):
    return x * x
def odd(x):
    return x % 2
def add(a, b):
    return a + b
print(list(map(sq, range(5))), list(map(add, [1, 2], [10, 20, 30])), list(map(str, [1, 2])))
print(list(filter(odd, range(10))), list(filter(None, [0, 1, '', 'a', None, []])))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})))
print(tuple(map(abs, [-1, 2])), sorted(filter(odd, {5, 3, 4})))
m = map(sq, [1, 2])
print(next(m), next(m), next(m, None))
r = reversed([1, 2, 3])
print(next(r), list(r))
for bad in range(4):
    try:
        if bad == 0:
            print(map(sq))
        elif bad == 1:
            print(reversed({1, 2}))
        elif bad == 2:
            print(list(filter(odd, 5)))
        else:
            print(reversed(5))
    except Exception as ex:
        print(type(ex).__name__, ex)
