# __setattr__ through super(), __delattr__, validation, and read-only patterns.
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


o = Logged()
o.a = 1
o.a += 1
print(o.a, vars(o))
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)


class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen, cannot set {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")


f = Frozen(5)
print(f.x)
for action in ("set", "del"):
    try:
        if action == "set":
            f.x = 6
        else:
            del f.x
    except AttributeError as e:
        print(type(e).__name__, e)


class Typed:
    types = {"n": int, "s": str}

    def __setattr__(self, name, value):
        want = self.types.get(name)
        if want is not None and not isinstance(value, want):
            raise TypeError(f"{name} must be {want.__name__}, not {type(value).__name__}")
        super().__setattr__(name, value)


t = Typed()
t.n = 3
t.s = "x"
t.other = 1.5
for name, value in (("n", "3"), ("s", 4)):
    try:
        setattr(t, name, value)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(vars(t).items()))


class Base:
    def __setattr__(self, name, value):
        super().__setattr__(name, ("base", value))


class Child(Base):
    def __setattr__(self, name, value):
        super().__setattr__(name, ("child", value))


c = Child()
c.v = 1
print(c.v)


class WithProp:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    def __setattr__(self, name, value):
        print("setattr", name)
        object.__setattr__(self, name, value)


w = WithProp()
try:
    w.v = 3
except AttributeError as e:
    print(type(e).__name__, e)


class Deleter:
    def __init__(self):
        self.items = {"a": 1}

    def __delattr__(self, name):
        if name in self.items:
            del self.items[name]
        else:
            object.__delattr__(self, name)


d = Deleter()
del d.a
print(d.items)
d.extra = 1
del d.extra
try:
    del d.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Deleter.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "real", 2)
except AttributeError as e:
    print(type(e).__name__, e)
