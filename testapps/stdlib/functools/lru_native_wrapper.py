# lru_cache/cache: LRU order and eviction, keyword and typed keys, counters, clear, recursion, methods.
import functools
@functools.lru_cache(maxsize=3)
def f(x, *, k=0):
    print("call", x, k)
    return x * 2 + k
for a in [1, 2, 1, 3, 4, 1, 2]:
    f(a)
print(f.cache_info(), f(1, k=1), f(1, k=1), f.cache_info())
f.cache_clear(); print(f.cache_info(), f.cache_parameters(), f.__name__, f.__wrapped__.__name__)
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), fib.cache_info())
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
try:
    f([1])
except TypeError as e:
    print(e)
class C:
    @functools.lru_cache
    def m(self, x): return x + 1
    def __hash__(self): return 1
print(C().m(1), C.m.cache_info().currsize)
