# namedtuple: field name validation and its messages, rename, defaults, module, the helper
# methods and attributes, __match_args__ in match statements, subclassing and copying.
import copy
from collections import namedtuple


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


for typename, fields in [('P', 'x y'), ('P', 'x, y'), ('P', ' x ,  y '), ('P', ['x', 'y']),
                         ('P', ('x',)), ('P', ''), ('P', []), ('P', 'x x'), ('P', 'x _y'),
                         ('P', 'x 1y'), ('P', 'x for'), ('P', 'x y-z'), ('1P', 'x'),
                         ('class', 'x'), ('P Q', 'x'), ('P', [1, 2]), ('P', 'x __class__'),
                         (3, 'x'), ('P', 'ok def ok _hidden 2nd')]:
    show(lambda: namedtuple(typename, fields)._fields)

for fields in ['abc def ghi abc', 'x _y __z', 'a 1 b class b', ['x', 'x', 'x']]:
    show(lambda: namedtuple('R', fields, rename=True)._fields)

for defaults in [None, [], [1], (1, 2), iter([7]), [1, 2, 3, 4]]:
    try:
        T = namedtuple('T', 'a b c', defaults=defaults)
        print(T._field_defaults, T(0, 0) if defaults else '-')
    except Exception as e:
        print(type(e).__name__, e)

T = namedtuple('T', 'a b c', defaults=[2, 3])
show(T, 1)
show(T, 1, c=9)
show(T)
show(T, 1, 2, 3, 4)
show(T, a=1, b=2, c=3, d=4)
show(T, 1, a=1)
show(T, b=1)
One = namedtuple('One', 'only')
show(One)
show(One, 1, 2)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()), Empty.__doc__)
show(Empty, 1)

M = namedtuple('M', 'a b', module='some.where')
print(M.__module__, M.__name__, M.__qualname__, M.__doc__)
print(namedtuple('N', 'a').__module__)

Point = namedtuple('Point', ['x', 'y'])
p = Point(x=3, y=4)
print(repr(p), str(p), p._asdict(), type(p._asdict()).__name__)
print(Point._make(iter([5, 6])), Point._make(range(2)))
show(Point._make, [1, 2, 3])
show(Point._make, [])
print(p._replace(), p._replace(y=10), p)
show(p._replace, x=1, z=2, w=3)
show(p._replace, 7)
print(Point._fields, Point._field_defaults, Point.__match_args__, Point.__slots__)
print(Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__, Point._make.__doc__)
print(Point._replace.__doc__, Point._asdict.__doc__, Point.__repr__.__doc__)
print(p.__getnewargs__(), copy.copy(p), copy.deepcopy(p), copy.copy(p) == p)
print(p == (3, 4), p + (5,), p * 2, p[:1], p[::-1], hash(p) == hash((3, 4)))
x, y = p
print(x, y, p.index(4), p.count(3), sorted(Point(2, 1)), max(p))
show(setattr, p, 'z', 10)
show(getattr, p, 'z')
print(isinstance(p, tuple), Point.__bases__, Point.__mro__)


def where(pt):
    match pt:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'y axis at {y}'
        case Point(x, y=0):
            return f'x axis at {x}'
        case Point(x=x, y=y):
            return f'at {x},{y}'


for pt in [Point(0, 0), Point(0, 5), Point(4, 0), Point(1, 2)]:
    print(where(pt))


class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

    def __str__(self):
        return f'<{self.x} {self.y} {self.z}>'


q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0), type(q._replace(z=0)).__name__, Point3._make([0, 0, 1]))
print(type(Point3._make([1, 2, 3])).__name__, q._asdict(), Point3.__mro__[1].__name__)

Big = namedtuple('Big', [f'f{i}' for i in range(12)], defaults=range(12))
print(Big(), Big(f11='end'))
Rec = namedtuple('Rec', 'a b')
r = Rec([1], {'k': 2})
r2 = copy.deepcopy(r)
r2.a.append(9)
print(r, r2, r.a is copy.copy(r).a)
