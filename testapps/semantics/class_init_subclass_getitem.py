# __init_subclass__ (with keyword arguments) and __class_getitem__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, cls.__mro__[1].__name__)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b"):
    pass


class Gamma(Beta):
    pass


print(sorted(Plugin.registry), Beta.plugin_name, Gamma.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NoKw(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", 0) + 1


class L1(Base): pass
class L2(L1): pass


print(L1.depth, L2.depth, hasattr(Base, "depth"))


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item if isinstance(item, str) else getattr(item, '__name__', item)}]"


print(Box[int], Box["x"], Box[1, 2])


class SubBox(Box):
    pass


print(SubBox[str])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__, list[int] == list[int])
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __getitem__(cls, item):
        return f"Meta getitem {item}"


class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"


print(WithMeta[1])


class Tracked:
    subclasses = []

    @classmethod
    def __init_subclass__(cls, **kw):
        Tracked.subclasses.append(cls.__name__)


class T1(Tracked): pass
class T2(Tracked): pass


print(Tracked.subclasses, Tracked.__subclasses__() if hasattr(Tracked, "__subclasses__") else None)
