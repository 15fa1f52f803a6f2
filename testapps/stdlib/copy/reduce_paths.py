# copy and deepcopy through the reduce paths: slots (mangled, inherited), __getnewargs_ex__,
# __getstate__/__setstate__ (even a false state), list and dict subclasses with attributes,
# recursive tuples, bound methods, slices and frozensets, and the types that cannot be copied.
import copy
import sys
for v in [sys, (x for x in [1]), slice(1, 2), frozenset({1})]:
    for f in (copy.copy, copy.deepcopy):
        try: r = f(v); print(type(r).__name__, r is v, r == v)
        except Exception as e: print(type(e).__name__, e)
class S:
    __slots__ = ('a', '__b')
    def __init__(self): self.a = 1; self.__b = 2
class T(S):
    __slots__ = ('c',)
t = T(); t.c = [3]
s = copy.copy(t); print(s.a, s._S__b, s.c is t.c); d = copy.deepcopy(t); print(d.c == t.c, d.c is t.c)
class NA:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): print('new', a, k); return object.__new__(cls)
copy.copy(NA()); copy.deepcopy(NA())
class GS:
    def __init__(self): self.v = [1]
    def __getstate__(self): print('getstate'); return {'v': self.v, 'extra': 1}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st)
g2 = copy.deepcopy(GS()); print(g2.v, g2.extra)
class F:
    def __getstate__(self): return False
    def __setstate__(self, s): print('setstate with', s)
copy.copy(F())
class L(list):
    pass
l = L([1, [2]]); l.tag = 't'
for c in (copy.copy(l), copy.deepcopy(l)):
    print(type(c).__name__, c, c.tag, c[1] is l[1])
class D(dict):
    pass
dd = D(a=[1]); dd.x = 1
for c in (copy.copy(dd), copy.deepcopy(dd)):
    print(type(c).__name__, c, c.x, c['a'] is dd['a'])
r = []
r.append(r)
t = (r,)
r.append(t)
c = copy.deepcopy(t)
print(c[0][0] is c[0], c[0][1] is c)
class Meth:
    def __init__(self): self.data = [1]
    def get(self): return self.data
m = Meth()
bm = copy.deepcopy(m.get)
print(bm() == [1], bm() is m.data, bm.__self__ is m)
memo = {}
copy.deepcopy([1], memo)
print(len(memo))
