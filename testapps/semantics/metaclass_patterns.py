# Metaclass patterns: registries, singletons via __call__, attribute validation, class keywords.
class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[name.lower()] = cls
        cls.tag = kw.get("tag", name.upper())
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Plugin(metaclass=Registry):
    pass


class Csv(Plugin, tag="comma"):
    pass


class Json(Plugin):
    pass


print(sorted(Registry.classes), Csv.tag, Json.tag, Plugin.tag, type(Csv).__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)


class Validated(type):
    def __new__(mcls, name, bases, ns):
        for key, value in ns.items():
            if key.startswith("check_") and not callable(value):
                raise TypeError(f"{name}.{key} must be callable")
        return super().__new__(mcls, name, bases, ns)


try:
    class Bad(metaclass=Validated):
        check_x = 5
except TypeError as e:
    print(type(e).__name__, e)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"created_by": "prepare"}

    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)


class Record(metaclass=Ordered):
    b = 1
    a = 2


print(Record.fields, Record.created_by)


class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def __len__(cls):
        return 42

    def describe(cls):
        return "described " + cls.__name__

    @property
    def upper(cls):
        return cls.__name__.upper()


class Thing(metaclass=Meta):
    pass


print(repr(Thing), len(Thing), Thing.describe(), Thing.upper)
try:
    Thing().describe()
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(Thing, Meta), isinstance(Thing, type), type(Thing) is Meta)


class M1(type):
    pass


class M2(type):
    pass


class X1(metaclass=M1):
    pass


class X2(metaclass=M2):
    pass


try:
    class Both(X1, X2):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class SubMeta(M1):
    pass


class Y(X1, metaclass=SubMeta):
    pass


print(type(Y).__name__)


class InitSub:
    subclasses = []

    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.name = prefix + cls.__name__
        InitSub.subclasses.append(cls.name)


class One(InitSub, prefix="p_"):
    pass


class Two(One):
    pass


print(InitSub.subclasses)
try:
    class Three(InitSub, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
