# __init_subclass__ with class keyword arguments, registries, __class_getitem__, classmethod chains.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Alpha(Plugin, name="a", priority=2):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, priority=9):
    pass


print(sorted((k, v.__name__, v.priority) for k, v in Plugin.registry.items()))
try:
    class Bad(Plugin, color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Tracker:
    subclasses = []

    @classmethod
    def __init_subclass__(cls):
        Tracker.subclasses.append(cls.__name__)


class T1(Tracker):
    pass


class T2(T1):
    pass


print(Tracker.subclasses)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


class SubBox(Box):
    pass


print(Box[int], SubBox["x"], Box[int, str] if False else SubBox[(1, 2)])
try:
    Tracker[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[int, ...])


class Shape:
    @classmethod
    def create(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj.describe()

    def describe(self):
        return f"{type(self).__name__}{self.args}"

    @classmethod
    def unit(cls):
        return cls.create(1)


class Square(Shape):
    @classmethod
    def create(cls, *args):
        return "square:" + super().create(*args)


class Tiny(Square):
    pass


print(Shape.unit(), Square.unit(), Tiny.unit(), Tiny().unit())


class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


class C1(Counter):
    pass


Counter.bump()
C1.bump()
C1.bump()
print(Counter.count, C1.count, "count" in C1.__dict__)


class WithStatic:
    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def via_cls(cls, x):
        return cls.s(x) + 1


print(WithStatic.via_cls(3), WithStatic().s(4))
