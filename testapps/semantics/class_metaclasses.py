# Metaclasses: __new__, __init__, __call__, __prepare__, class keyword arguments, inheritance of metaclasses.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        obj = super().__call__(*args, **kwargs)
        obj.created_by_meta = True
        return obj


class Widget(metaclass=Meta, tag="w"):
    size = 1

    def __init__(self, v):
        self.v = v


w = Widget(5)
print(w.v, w.created_by_meta, Widget.tag, Widget.from_prepare, type(Widget).__name__, isinstance(Widget, Meta))


class Sub(Widget):
    pass


print(type(Sub).__name__, Sub.tag, Sub(1).v)


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)


class A(metaclass=Registry): pass
class B(A): pass


print(Registry.classes)


class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class DB(metaclass=SingletonMeta):
    def __init__(self):
        print("DB init")


print(DB() is DB())


class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class AttrMeta(type):
    def __getattr__(cls, name):
        return f"meta attr {name}"

    def describe(cls):
        return f"class {cls.__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Thing(metaclass=AttrMeta):
    pass


print(Thing.anything, Thing.describe(), Thing.upper_name, hasattr(Thing(), "describe"))
Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.tag, type(Dyn).__name__)
T = type("T", (Widget,), {"extra": 2})
print(type(T).__name__, T.extra, T.tag)


def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class F(metaclass=func_meta):
    pass


print(F.made_by, type(F).__name__)
print(type(type), type(object), isinstance(type, object), isinstance(object, type), type.__mro__)
