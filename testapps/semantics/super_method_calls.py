# super().name(...) calls: the method after the class in the instance's MRO, for instances of
# subclasses, builtin bases, exceptions, classmethods, patched bases, and super()'s errors.


class Base:
    def __init__(self, x):
        self.x = x

    def step(self):
        return "Base.step(%s)" % self.x

    def add(self, a, b=0):
        return self.x + a + b

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def helper(v):
        return "helper(%s)" % v

    @property
    def doubled(self):
        return self.x * 2


class Mid(Base):
    def __init__(self, x):
        super().__init__(x + 1)

    def step(self):
        return "Mid>" + super().step()

    def add(self, a, b=0):
        return super().add(a, b) * 10


class Leaf(Mid):
    def step(self):
        return "Leaf>" + super().step()

    def add(self, a, b=0):
        return super().add(a) + super().add(a, b)

    @classmethod
    def make(cls, x):
        obj = super().make(x)
        obj.tag = "made"
        return obj

    def uses_static(self):
        return super().helper(self.x)

    def uses_property(self):
        return super().doubled


for i in range(3):
    leaf = Leaf(i)
    print(leaf.x, leaf.step(), leaf.add(1, 2), Mid(i).step())
m = Leaf.make(5)
print(type(m).__name__, m.x, m.tag, m.uses_static(), m.uses_property())

# A base method replaced after the calls ran, and one deleted (the next base's is found).
def new_step(self):
    return "patched(%s)" % self.x


print(Leaf(1).step())
Base.step = new_step
print(Leaf(1).step())
Mid.step = lambda self: "Mid-lambda>" + super(Mid, self).step()
print(Leaf(2).step())
del Mid.step
print(Leaf(3).step())

# A bound method or other callable object planted as the base's attribute.
class Caller:
    def __call__(self, *args):
        return ("Caller", args)


Base.helper = Caller()
print(m.uses_static())

# Builtin bases: list, dict, and an exception's __init__ and __str__.
class Stack(list):
    def append(self, v):
        super().append(v * 2)

    def pop(self):
        return super().pop() + 1


s = Stack()
for k in range(4):
    s.append(k)
print(s, s.pop(), s)


class Counter(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value + 100)

    def get(self, key, default=None):
        return ("got", super().get(key, default))


c = Counter()
c["a"] = 1
print(c, c.get("a"), c.get("zz", 7))


class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code

    def __str__(self):
        return "AppError: " + super().__str__()


for k in range(3):
    try:
        raise AppError("bad %d" % k, k)
    except AppError as e:
        print(e, e.args, e.code)

# Wrong argument counts reach the method found and report its errors.
try:
    Leaf(1).add()
except TypeError as e:
    print("TypeError:", e)


class Strict(Base):
    def __init__(self):
        super().__init__(1, 2, 3)


try:
    Strict()
except TypeError as e:
    print("TypeError:", e)

# No such attribute along the MRO.
class Missing(Base):
    def run(self):
        return super().nothing_here(1)


try:
    Missing(1).run()
except AttributeError as e:
    print("AttributeError:", e)

# super() in a method called with an object of another class.
class Other:
    pass


try:
    Leaf.step(Other())
except TypeError as e:
    print("TypeError:", e)

# The arguments are evaluated after super() was checked, in order.
def noisy(v):
    print("arg", v)
    return v


class Order(Base):
    def add(self, a, b=0):
        return super().add(noisy(a), noisy(b))


print(Order(1).add(2, 3))
try:
    Order.add(Other(), noisy(4))
except TypeError as e:
    print("TypeError:", e)

# super() where the first argument is the class (a classmethod) and in a metaclass method.
class Meta(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.via_meta = True
        return obj

    def describe(cls):
        return "Meta.describe " + super().mro()[0].__name__


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


w = WithMeta(4)
print(w.v, w.via_meta, WithMeta.describe())

# A generator method and a closure using super().
class Gen(Base):
    def items(self):
        for k in range(2):
            yield super().add(k)

    def later(self):
        def inner():
            return super(Gen, self).step()
        return inner()


g = Gen(10)
print(list(g.items()), g.later())


def outside_error():
    class Broken(Base):
        def step(self):
            return super().step()
    b = Broken(1)
    print(b.step())
    Broken.step(b)
    return Broken.step(Base(0))


try:
    outside_error()
except TypeError as e:
    print("TypeError:", e)

# A generator method reached through super(), looped over, handed to a builtin, and left early.
class GenChild(Gen):
    def items(self):
        for v in super().items():
            yield v * 100

    def firsts(self):
        out = []
        for v in super().items():
            out.append(v)
            break
        return out, sum(super().items()), list(zip(super().items(), "ab"))


gc = GenChild(1)
print(list(gc.items()), gc.firsts())
