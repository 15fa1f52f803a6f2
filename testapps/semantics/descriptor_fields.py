# Descriptors as typed, validated fields with __set_name__; data vs non-data precedence.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.storage)


class Product:
    name = Field(str, "unnamed")
    price = Field(float, 0.0)
    qty = Field(int, 0)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


p = Product(name="pen", price=1.5)
print(p.name, p.price, p.qty, vars(p))
try:
    p.qty = "many"
except TypeError as e:
    print(type(e).__name__, e)
del p.price
print(p.price, isinstance(Product.name, Field), Product.qty.storage)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class DataOnlySet:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value

    def __get__(self, obj, objtype=None):
        return "data descriptor wins"


class Host:
    nd = NonData()
    d = DataOnlySet()


h = Host()
print(h.nd, h.d)
h.__dict__["nd"] = "instance dict wins"
h.__dict__["d"] = "ignored"
print(h.nd, h.d)
h.d = 5
print(h.__dict__)


class Bound:
    def __get__(self, obj, objtype=None):
        return (obj is None, objtype.__name__ if objtype else None)


class UsesBound:
    b = Bound()


print(UsesBound.b, UsesBound().b)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        print("computed", self.name)
        return value


class Report:
    @Lazy
    def total(self):
        return 42


r = Report()
print(r.total, r.total, "total" in vars(r))


class Late:
    pass


f = Field(int)
Late.added = f
try:
    Late().added
except AttributeError as e:
    print(type(e).__name__, e)
f.__set_name__(Late, "added")
print(Late().added)


class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("refuse " + name)


try:
    class Owner:
        attr = BadSetName()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__))
