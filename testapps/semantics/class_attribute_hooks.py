# __getattr__, __getattribute__, __setattr__, __delattr__: order, recursion avoidance, AttributeError fallback.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(f"get {name}")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<missing {name}>"

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        super().__delattr__(name)


o = Logged()
print(o.x, o.nothing)
o.y = 2
del o.y
print(o.log)
print(getattr(o, "zzz"), hasattr(o, "anything"), getattr(o, "x", None))


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1), px.__class__.__name__)
try:
    px.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)


class Strict:
    __frozen = False

    def __init__(self):
        self.a = 1
        self._Strict__frozen = True

    def __setattr__(self, name, value):
        if self.__frozen:
            raise AttributeError(f"cannot set {name!r}")
        super().__setattr__(name, value)


s = Strict()
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(s.a, s._Strict__frozen)


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


dy = Dynamic()
print(dy.get_value(), getattr(dy, "get_x")())
try:
    dy.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(dy, "other"), hasattr(dy, "get_it"))


class GetattributeRaises:
    def __getattribute__(self, name):
        raise AttributeError(name)

    def __getattr__(self, name):
        return "getattr " + name


print(GetattributeRaises().anything)


class NoDelete:
    def __delattr__(self, name):
        raise TypeError(f"cannot delete {name}")


nd = NoDelete()
nd.v = 1
try:
    del nd.v
except TypeError as e:
    print(type(e).__name__, e)
print(nd.v)
try:
    setattr(nd, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(nd, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(nd, "w", 3)
delattr(nd, "w") if False else None
print(getattr(nd, "w"), vars(nd))
