# Empty dicts, cleared dicts and dicts built from displays and copies behave alike when they
# grow, shrink and are read.
empties = [{}, dict(), {}.copy(), dict({}), {k: k for k in ()}]
for d in empties:
    print(len(d), bool(d), d.get("x"), "x" in d, list(d), d == {}, repr(d))
    try:
        del d["x"]
    except Exception as e:
        print(type(e).__name__, e)
    try:
        d.popitem()
    except Exception as e:
        print(type(e).__name__, e)
    print(d.pop("x", "dflt"), d.setdefault("k", 1), d)

# Two dicts that start empty do not share anything once written.
a, b = {}, {}
a["x"] = 1
b["y"] = 2
print(a, b, a == b)

# Displays, duplicates and growth past the display's size.
d = {"a": 1, "b": 2, "a": 3}
print(d, len(d))
for i in range(20):
    d[i] = i * i
print(len(d), list(d)[:5], d[19])
for i in range(0, 20, 2):
    del d[i]
print(len(d), list(d)[:5], sum(d.values()))
d.clear()
print(d, len(d), d.get(1))
d.update(z=26, y=25)
d[1.0] = "one"
print(d, d[1], list(d.items()))

# Copies are their own dicts.
src = {"p": 1, "q": 2}
cp = src.copy()
cp["r"] = 3
del src["p"]
print(src, cp, dict(cp, s=4))

# Cleared while iterating, and iterating a dict emptied in the loop.
e = {1: 1, 2: 2}
try:
    for k in e:
        e.clear()
except Exception as ex:
    print(type(ex).__name__, ex)
print(e)
e[5] = 5
print(e, e.popitem(), e)

# Keyword dicts and instance dicts start empty too.
def kw(**kwargs):
    kwargs["late"] = True
    return kwargs
print(kw(), kw(a=1))

class C:
    pass
c = C()
print(vars(c))
c.__dict__["w"] = 1
c.v = 2
print(vars(c), c.w)
