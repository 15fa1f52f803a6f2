# A named tuple's __new__ binds like a def (_cls, fields..., defaults): keywords, defaults, CPython's
# TypeErrors, subclasses with their own __new__, tuple.__new__'s checks, pickle/copy, signature.
from collections import namedtuple
P = namedtuple("P", "x y z", defaults=(9,))
print(P(1, 2), P(1, 2, 3), P(x=1, y=2), P(1, z=5, y=0), P._make([4, 5, 6]))
print(P.__new__.__qualname__, P.__new__.__name__, P.__new__.__doc__, P.__new__.__defaults__, P.__new__.__module__)
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1,), {'x': 2}), ((1, 2), {'w': 3}), ((), {'y': 1}), ((1, 2, 3, 4, 5), {})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)
Q = namedtuple("Q", ["a", "b"])
try:
    Q(1)
except TypeError as e:
    print(e)
print(Q.__new__.__defaults__)
class R(Q):
    __slots__ = ()
    def total(self):
        return self.a + self.b
r = R(3, b=4)
print(r, type(r).__name__, r.total(), isinstance(r, tuple), r._replace(a=10), type(r._replace(a=1)))
class S(Q):
    def __new__(cls, a, b=0):
        return super().__new__(cls, a * 2, b)
print(S(5), S(1, 2), S._make((7, 8)))
print(Q.__new__(Q, 1, 2), type(Q.__new__(Q, 1, 2)))
try:
    Q.__new__(int, 1, 2)
except TypeError as e:
    print(e)
try:
    Q.__new__(5, 1, 2)
except TypeError as e:
    print(e)
print(tuple.__new__(Q, (1, 2)), Q.__new__(tuple, 1, 2))
E = namedtuple("E", "")
print(E(), E.__new__.__defaults__)
try:
    E(1)
except TypeError as e:
    print(e)
import pickle, copy
print(pickle.loads(pickle.dumps(P(1, 2, 3))), copy.copy(r), copy.deepcopy(P(1, [2], 3)))
print(P.__new__.__code__.co_argcount if hasattr(P.__new__, '__code__') else None)
import inspect
print(inspect.signature(P))
