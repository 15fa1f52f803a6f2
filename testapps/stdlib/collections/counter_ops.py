# Counter: construction, missing keys, most_common order, elements, update/subtract, the
# arithmetic and comparison operators, in-place forms, total, repr and errors.
from collections import Counter


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter('mississippi')
print(c, len(c), c['s'], c['zz'], 'zz' in c, c.total())
print(c.most_common(), c.most_common(1), c.most_common(0), c.most_common(-1), c.most_common(10))
print(list(c.elements()), ''.join(sorted(c.elements())))
print(Counter(), repr(Counter()), Counter({}), Counter(a=0, b=-1), list(Counter(a=0, b=-2, c=3).elements()))
print(Counter({'x': 2, 'y': 5}), Counter(x=2, y=5), Counter([1, 1, 2]), Counter((ch for ch in 'aab')))
print(Counter({'b': 2, 'a': 2, 'c': 2, 'd': 3}))
print(Counter({'a': 1.5, 'b': 0.5, 'c': 2}), Counter({'a': 'x', 'b': 'y'}))
print(Counter({'a': 1, 'b': None}))
tie = Counter('cabbac')
print(tie.most_common(), list(tie), tie.most_common(2))

c = Counter(a=1)
c.update('abc')
c.update({'a': 10, 'd': -1})
c.update(Counter(b=5), e=2)
c.update()
c.update(None)
print(c)
c.subtract('aaa')
c.subtract({'e': 5, 'z': 1})
c.subtract(d=1)
print(c, c.total())
del c['nothere']
del c['a']
print(c, c.get('a'), c.pop('b'), c)
c.clear()
print(c, c.total())

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, b - a, a | b, a & b, b & a)
print(+a, -a, +Counter(), -Counter(x=-3, y=3))
print(a == Counter(a=3, b=1), Counter(a=1, b=0) == Counter(a=1), Counter(a=1) == {'a': 1})
print(Counter(a=1) != Counter(a=2), Counter('ab') == Counter('ba'))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) <= Counter(a=1), Counter(a=1) < Counter(a=1))
print(Counter(a=1) < Counter(a=2), Counter(a=2, b=1) >= Counter(a=1), Counter(a=1) > Counter())
show(lambda: a + {'a': 1})
show(lambda: a - 1)
show(lambda: a < {'a': 1})
show(lambda: a & [1])

x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1, d=1)
print(x)
x |= Counter(c=7, b=0)
print(x)
x &= Counter(c=3, e=1)
print(x)
y = Counter(a=-1, b=2)
y += Counter()
print(y)

show(Counter.fromkeys, 'abc')
show(Counter, 'a', 'b')
show(Counter, 5)
show(c.update, 5)
d = Counter('hello world')
print(sorted(d.items()), sorted(d), d.keys() == Counter('dlrow olleh').keys())
print(dict(d.most_common(3)), type(d.copy()).__name__, d.copy() == d, d.copy() is d)
print(isinstance(d, dict), Counter.__mro__)


class Tally(Counter):
    pass


t = Tally('aab')
print(t, type(t.copy()).__name__, type(t + t).__name__, type(-t).__name__)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2), sum(Counter(words).values()))
