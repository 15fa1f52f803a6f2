# Keyed sorts of big lists whose keys are tuples: the runtime may keep such keys item by item
# instead of as tuples. Every shape below must order exactly as CPython's tuple comparison does.
from collections import namedtuple

class MyStr(str):
    pass

P = namedtuple("P", "a b")

n = 3000
rows = [((i * 7919) % 1009, "w%d" % ((i * 31) % 97), ((i * 13) % 17) / 4.0, i) for i in range(n)]

def show(name, result):
    print(name, [r[3] for r in result[:6]], [r[3] for r in result[-4:]])

show("str,int", sorted(rows, key=lambda r: (r[1], -r[0])))
show("str,int rev", sorted(rows, key=lambda r: (r[1], -r[0]), reverse=True))
show("int,float,str", sorted(rows, key=lambda r: (r[0] % 7, r[2], r[1])))
show("one item", sorted(rows, key=lambda r: (r[1],)))
show("long strs", sorted(rows, key=lambda r: ("prefix-shared-" + r[1] * 3, r[0])))
show("zeros", sorted(rows, key=lambda r: (0.0 if r[3] % 2 else -0.0, r[0] % 3)))

# Shapes that leave the native path part-way.
show("len change", sorted(rows, key=lambda r: (r[1], r[0]) if r[3] < 2000 else (r[1],)))
show("not exact tuple", sorted(rows, key=lambda r: (r[1], r[0]) if r[3] != 2500 else P(r[1], r[0])))
show("mixed int float", sorted(rows, key=lambda r: (r[1], r[0] if r[3] % 5 else r[0] + 0.5)))
show("big ints", sorted(rows, key=lambda r: (r[1], r[0] * 10**20 if r[3] % 3 == 0 else r[0])))
show("bools", sorted(rows, key=lambda r: (r[0] % 2 == 0, r[3] % 2, r[1])))
show("nan", sorted(rows, key=lambda r: (r[1], float("nan") if r[3] == 77 else r[2])))
show("one str subclass", sorted(rows, key=lambda r: (r[0] % 3, r[1] if r[3] != 1234 else MyStr(r[1]))))

class Loud:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Loud.calls += 1
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v

show("objects", sorted(rows, key=lambda r: (r[0] % 5, Loud(r[1]))))
print("Loud compared", Loud.calls > 0)

show("str subclass", sorted(rows, key=lambda r: (MyStr(r[1]), r[0])))
show("namedtuple", sorted(rows, key=lambda r: P(r[1], r[0])))
shared = ("same", 1)
show("same tuple", sorted(rows, key=lambda r: shared))
try:
    sorted(rows, key=lambda r: (r[0], "x") if r[3] % 2 else (r[0], 1))
except Exception as e:
    print(type(e).__name__, e)
lst = list(rows)
lst.sort(key=lambda r: (r[2], r[1], r[0], r[3]), reverse=True)
show("in place 4", lst)
lst.sort(key=lambda r: (r[3] % 10, r[3] // 10, r[1], r[2], r[0]))
show("in place 5", lst)
