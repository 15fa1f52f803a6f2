# Descriptors: __get__/__set__/__delete__, __set_name__, data vs non-data precedence, class access.
class Typed:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = "_" + name

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr)
h.attr = "instance wins"
print(h.attr, Holder.attr)
del h.attr
print(h.attr)


class DataOnlySet:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value

    def __get__(self, obj, objtype=None):
        return "data descriptor wins" if obj is not None else self


class Holder2:
    seen = DataOnlySet()


h2 = Holder2()
h2.seen = 5
print(h2.seen, h2.__dict__)


class Counter:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype):
        self.reads += 1
        return self.reads


class UsesCounter:
    c = Counter()


print(UsesCounter.c, UsesCounter().c, UsesCounter.__dict__["c"].reads)


class Method:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.fn
        return lambda *a: self.fn(obj, *a)


class UsesMethod:
    @Method
    def hello(self, x):
        return f"hello {x} from {type(self).__name__}"


print(UsesMethod().hello(1), UsesMethod.hello(None, 2))


class Late:
    pass


d = Typed(int)
Late.x = d
try:
    Late().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(d, "name"))


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 1

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class R:
    v = ReadOnly()


try:
    R().v = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(R().v)
