# *args and **kwargs: collection, forwarding, unpacking at call sites, duplicate keywords.
def collect(*args, **kwargs):
    return args, kwargs


print(collect(), collect(1, 2), collect(a=1), collect(1, *[2, 3], *(4,), b=2, **{"c": 3}))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)


def forward(*args, **kwargs):
    return collect(*args, **kwargs)


print(forward(1, x=2), forward(*range(3), **dict(y=1, z=2)))


def point(x, y, z=0):
    return x, y, z


print(point(*[1, 2]), point(**{"x": 1, "y": 2, "z": 3}), point(1, *[2], **{"z": 5}))
for call in [lambda: point(*[1, 2, 3, 4]), lambda: point(1, **{"x": 2, "y": 3}), lambda: point(**{"x": 1}),
             lambda: point(1, 2, **{"w": 1}), lambda: collect(**{1: 2}), lambda: collect(*5), lambda: collect(**[1]),
             lambda: point(x=1, **{"x": 2, "y": 3})]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)


def kwonly_after(*args, last):
    return args, last


print(kwonly_after(1, 2, last=3))
kw = {"sep": "|"}
print(1, 2, 3, **kw)
args = (4, 5)
print(*args, sep=", ")
print(collect(*"ab", **{"k": "v"}, z=1))
d1, d2 = {"a": 1}, {"b": 2}
print(collect(**d1, **d2))
try:
    collect(**d1, **{"a": 3})
except TypeError as e:
    print(type(e).__name__, e)

# The kwargs dict is new on every call even though its key strs may be shared; a key made at run
# time, a str subclass key and a mutated dict behave as before.
first = collect(a=1, b=2)[1]
first["a"] = 99
del first["b"]
print(collect(a=1, b=2), first, dict(a=1, b=2), dict({"x": 0}, a=1))
keys = [list(collect(**{"k%d" % i: i, "a": 0})[1]) for i in range(3)]
print(keys, [k == "a" and hash(k) == hash("a") for k in forward(a=1)[1]])
print({k: v for k, v in collect(x=1, y=2)[1].items() if k in {"x", "y"}})
