def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))

def make_adders():
    adders = []
    for i in range(3):
        def add(v, i=i):
            return v + i
        adders.append(add)
    return adders

print([make_adders()[0](10), make_adders()[2](10)])

def late():
    fs = []
    for i in range(3):
        def g():
            return i
        fs.append(g)
    return fs

print((late()[0](), late()[1]()))

def unbound():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print(e)
    v = 1
    return g()

print(unbound())

def param_cell(a):
    def get():
        return a
    a = a * 2
    return get()
print(param_cell(21))

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls):
        print("Meta.__call__", cls.__name__)
        return super().__call__()

class WithMeta(metaclass=Meta):
    def __init__(self):
        print("init")

print(WithMeta.created_by, type(WithMeta).__name__)
WithMeta()

class Base:
    subclasses = []
    def __init_subclass__(cls, tag="none"):
        super().__init_subclass__()
        cls.tag = tag
        Base.subclasses.append(cls.__name__)

class A(Base, tag="a"):
    pass
class B(Base):
    pass
print(A.tag, B.tag, Base.subclasses)

