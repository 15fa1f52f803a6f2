# namedtuple fields are _collections._tuplegetter descriptors, as CPython's: they read the tuple's
# item directly (a subclass's __getitem__ is not called), refuse assignment, pickle and repr as CPython's.
from collections import namedtuple
import pickle, copy
P = namedtuple('P', 'a b')
p = P(1, 2)
print(type(P.a), type(P.a).__name__, type(P.a).__module__, type(P.a).__qualname__)
print(P.a.__doc__, P.b.__doc__)
print(P.a.__get__(None, P) is P.a, P.a.__get__(p), P.b.__get__(p, P))
tg = type(P.a)
for args in [(0,), (0, 'd', 1), (1.5, 'x')]:
    try: tg(*args)
    except Exception as e: print(type(e).__name__, e)
try: tg(0, doc='x')
except Exception as e: print(type(e).__name__, e)
g = tg(5, 'five')
print(g.__doc__)
try: g.__get__((1,2))
except Exception as e: print(type(e).__name__, e)
try: P.a.__get__([1,2])
except Exception as e: print(type(e).__name__, e)
try: P.a.__get__(1)
except Exception as e: print(type(e).__name__, e)
try: tg(-1, None).__get__((1,2,3))
except Exception as e: print(type(e).__name__, e)
try: p.a = 3
except Exception as e: print(type(e).__name__, e)
try: del p.a
except Exception as e: print(type(e).__name__, e)
try: P.a.__set__(p, 3)
except Exception as e: print(type(e).__name__, e)
try: P.a.__delete__(p)
except Exception as e: print(type(e).__name__, e)
print(P.a.__reduce__())
print(pickle.loads(pickle.dumps(P.a)).__doc__)
print(copy.copy(P.a).__get__(p), copy.deepcopy(P.b).__get__(p))
class Q(P):
    def __getitem__(self, i):
        print('getitem', i)
        return 42
q = Q(7, 8)
print(q.a, q.b, q[0])
print(hasattr(P.a, '__set__'), hasattr(P.a, 'fget'))
P.a.__doc__ = 'changed'
print(P.a.__doc__)
print(P.a.__doc__.__class__)
import inspect
print(isinstance(P.a, property))

try:
    class Sub(tg): pass
    print('subclass ok', Sub(0, 'x').__get__((9,)))
except Exception as e: print(type(e).__name__, e)
print(tg(True, 'x').__get__((4,5)))
class I:
    def __index__(self): return 1
print(tg(I(), 'x').__get__((4,5)))
try: tg('1', 'x')
except Exception as e: print(type(e).__name__, e)
try: tg(2**70, 'x')
except Exception as e: print(type(e).__name__, e)
print(P.a.__get__(p, None))
try: P.a.__get__(None, None)
except Exception as e: print(type(e).__name__, e)
try: P.a.__get__()
except Exception as e: print(type(e).__name__, e)

print(repr(P.a), P.__dict__["b"])
class R(P):
    pass
r = R(1, 2)
r.__dict__['a'] = 'shadow'
print(r.a, r.__dict__)
try: r.a = 5
except Exception as e: print(type(e).__name__, e)
import typing
class NT(typing.NamedTuple):
    x: int
    y: str = 'd'
n = NT(3)
print(n, n.x, n.y, type(NT.x).__name__, NT.x.__doc__)
print(pickle.loads(pickle.dumps(p)), copy.deepcopy(q), P._make([5, 6]).b, p._replace(a=9), p._asdict())
