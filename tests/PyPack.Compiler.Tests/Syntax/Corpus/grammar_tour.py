import os, sys
from x import (a, b as c)
@dec
class A(B, metaclass=M):
    """doc"""
    x: int = 3
    def f(self, a, /, b=2, *args, c, d=4, **kw) -> None:
        return a + b * c ** -d if x else lambda y, *z: y
async def g():
    async with a as (b, c), d:
        await x
    async for i in y: pass
    [i async for i in z if i]
try:
    pass
except (A, B) as e:
    raise X from e
else:
    del a[1:2, ...], b.c
finally:
    x += 1; y @= 2
for i, *j in {1: 2, **d}: print(f"{i!r:>{w}} {j=}", 0x1_0, 1e10, 3j, b'\x00')
while not a < b <= c is not d not in e: break
with (open(x) as f, g): global q
match p:
    case [1, *rest] | {"k": v, **kw} if v: pass
    case Point(x=0, y=_) as pt: pass
    case -1+2j | None | a.b: pass
x = y = (yield)
print(*a, **b, c=1)
(a := 10)
s = 'a' 'b' f'{x}'
t = a[b:c:d], {x for x in y}, {k: v for k, v in z}, (g for g in h)
