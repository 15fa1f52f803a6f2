# lru_cache and cache return functools._lru_cache_wrapper objects: type, repr, binding as a method,
# copy/pickle by reference, __dict__, signature through __wrapped__, constructor errors.
import functools, inspect
@functools.lru_cache(maxsize=None)
def f(x): return x*2
print(type(f), inspect.isfunction(f), f(3), f.cache_info())
print(f.__wrapped__.__name__, f.__name__, f.__qualname__)
print(repr(f)[:40])
@functools.cache
def g(x): return x
print(type(g).__name__, g.cache_parameters())
class C:
    @functools.lru_cache
    def m(self, x): return x
print(C().m(2), type(C.__dict__['m']).__name__)
import copy, pickle
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(pickle.loads(pickle.dumps(f)) is f)
class K:
    @functools.lru_cache(maxsize=2)
    def sq(self, n, *, scale=1): return n * n * scale
    @staticmethod
    @functools.cache
    def st(x): return x + 1
    @classmethod
    @functools.cache
    def cm(cls, x): return (cls.__name__, x)
k = K()
print(k.sq(3), k.sq(3, scale=2), k.sq(3), K.sq.cache_info(), K.st(1), K.cm(2), k.cm(2))
print(type(k.sq).__name__, k.sq.__self__ is k, K.sq.__get__(None, K) is K.sq)
print(inspect.signature(f), inspect.signature(K.sq), f.__doc__, f.__module__, sorted(f.__dict__))
f.cache_clear(); print(f.cache_info())
try: functools._lru_cache_wrapper(1, 2, False, None)
except TypeError as e: print(e)
try: functools.lru_cache(maxsize='x')
except TypeError as e: print(e)
print(functools.lru_cache(typed=True)(lambda x: x)(1), isinstance(f, functools._lru_cache_wrapper))
f.x = 5; print(f.x, f.__dict__['x']); del f.x; print(hasattr(f, 'x'))
print(callable(f), f.__wrapped__(21))
