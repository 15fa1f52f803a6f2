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
