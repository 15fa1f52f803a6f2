# dict accessors with defaults: get, setdefault, pop, popitem order, and KeyError forms.
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("b", []), d.setdefault("a", 99), d)
d["b"].append(5)
print(d, d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}[("t", 1)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__, e)
e = {i: str(i) for i in range(4)}
print(e.popitem(), e.popitem(), e)
e[9] = "nine"
print(e.popitem(), e)
try:
    {}.popitem()
except KeyError as err:
    print(type(err).__name__, err)
for call in (lambda: d.get(), lambda: d.pop(), lambda: d.setdefault(), lambda: d.get([1]), lambda: d.get("a", 1, 2)):
    try:
        print(call())
    except TypeError as err:
        print(type(err).__name__, err)
f = dict.fromkeys(range(3), "x")
print(f, f.get(1.0), f.setdefault(True), len(f))
print({}.get(None, "none"), {None: 1}.get(None), dict(a=1).pop("a", None))
