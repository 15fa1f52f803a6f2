class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("expected int, got " + type(value).__name__)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "computed"

class Model:
    size = Typed()
    label = NonData()

m = Model()
print(m.size)
m.size = 5
print(m.size, m._size, type(Model.size).__name__)
try:
    m.size = "big"
except TypeError as e:
    print(e)
del m.size
print(m.label)
m.label = "own"
print(m.label)

class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xy)
try:
    d.nope
except AttributeError as e:
    print(e)
print(getattr(d, "zz", "default"), hasattr(d, "xa"), hasattr(d, "q"))

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 10)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name)
lg = Logged()
lg.a = 4
print(lg.a, lg.secret)
del lg.a
try:
    lg.a
except AttributeError as e:
    print(e)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(3)
print(s.x)
try:
    s.y
except AttributeError as e:
    print(e)
try:
    s.z = 1
except AttributeError as e:
    print(e)
print(Slotted.x)

class Registry:
    items = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.items.append(cls.__name__)
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
class One(Registry): pass
class Two(One): pass
print(Registry.items, Registry[int])

def add_greet(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls

@add_greet
class Person:
    pass
print(Person().greet())

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec)
    def __str__(self):
        return f"{self.v} dollars"
    def __repr__(self):
        return f"Money({self.v})"
mo = Money(3.5)
print(f"{mo:.2f}", str(mo), repr(mo), [mo], format(mo, ">8"))

class Callable:
    def __call__(self, a, b=2):
        return a * b
c = Callable()
print(c(3), c(3, b=4), callable(c))
