# Cooperative multiple inheritance: super() chains through the MRO with keyword arguments.
class Base:
    def __init__(self, **kwargs):
        print("Base", sorted(kwargs))
        super().__init__()

    def describe(self):
        return ["Base"]


class Named(Base):
    def __init__(self, name, **kwargs):
        self.name = name
        print("Named", name)
        super().__init__(**kwargs)

    def describe(self):
        return ["Named"] + super().describe()


class Sized(Base):
    def __init__(self, size=0, **kwargs):
        self.size = size
        print("Sized", size)
        super().__init__(**kwargs)

    def describe(self):
        return ["Sized"] + super().describe()


class Item(Named, Sized):
    def __init__(self, **kwargs):
        print("Item")
        super().__init__(**kwargs)

    def describe(self):
        return ["Item"] + super().describe()


item = Item(name="box", size=3)
print([c.__name__ for c in Item.__mro__])
print(item.describe(), item.name, item.size)


class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def util():
        return "util"


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def make(cls):
        return "B:" + super().make()


class C(B):
    def who(self):
        return "C>" + super(B, self).who()


print(C().who(), B.make(), C.make(), super(B, C()).who(), C.util())
s = super(C, C())
print(type(s).__name__, s.who())
try:
    super(A, 5)
except TypeError as e:
    print(type(e).__name__, e)


class Prop:
    @property
    def value(self):
        return 1


class PropChild(Prop):
    @property
    def value(self):
        return super().value + 10


print(PropChild().value)


def outside(self):
    return "plain function"


class Late(A):
    pass


Late.extra = outside
print(Late().extra())


class X:
    def method(self):
        def inner():
            return super(X, self).__class__.__name__
        return inner()


print(X().method())
