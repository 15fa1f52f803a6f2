# Calls with *args and **kwargs in the shapes that take the direct path (one star last, one **
# mapping) and the general one, with CPython's evaluation order and error messages.


def show(*args, **kwargs):
    return args, kwargs


def fixed(a, b, c=3):
    return a, b, c


t, l, d = (1, 2), [1, 2], {"c": 9}
print(show(*t), show(*l), show(0, *t), show(*t, **d), show(**d), show(0, **d), show(0, *l, **d), show(*range(3)), show(*"ab"))
print(fixed(*t), fixed(*l, **d), fixed(1, *[2]), fixed(**{"a": 1, "b": 2}), show(*t, *l), show(*t, x=1, **d))


class Keys:
    def keys(self):
        return ["c"]

    def __getitem__(self, key):
        return 7


class Sub(dict):
    pass


print(fixed(1, 2, **Keys()), show(**Sub(x=1)), show(*iter([5, 6]), **Sub()))


def grows(*args):
    l.append(len(l))
    return args


print(grows(*l), l, grows(*l), l)


def trace(label, value):
    print("evaluating", label)
    return value


show(trace("f-arg", 0), *trace("star", t), **trace("map", d))
checks = [lambda: show(*1), lambda: show(0, *1), lambda: show(**1), lambda: show(*1, **1), lambda: show(0, *1, **1),
          lambda: show(**{1: 2}), lambda: fixed(*t, **{"a": 1}), lambda: fixed(*[1, 2, 3, 4]), lambda: show(*1, *t),
          lambda: show(*t, *1), lambda: show(*1, x=2), lambda: show(0, *1, x=2), lambda: show(*t, x=1, **{"x": 2}),
          lambda: show(*1, x=1, **{"x": 2})]
for check in checks:
    try:
        check()
    except TypeError as e:
        print("TypeError", e)


class Calls:
    def method(self, *args, **kwargs):
        return args, kwargs


c = Calls()
print(c.method(*t, **d), c.method(**d), Calls.method(c, *l))
