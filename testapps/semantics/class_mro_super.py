# MRO by C3 linearization, cooperative super() with diamonds, super() in class methods and __init_subclass__.
class Base:
    def __init__(self):
        self.trail = ["Base"]

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return ["Right"] + super().who()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Diamond")

    def who(self):
        return ["Diamond"] + super().who()


d = Diamond()
print([c.__name__ for c in Diamond.__mro__], d.trail, d.who())
print([c.__name__ for c in Diamond.mro()], Diamond.__bases__, Left.__base__)
print(super(Left, d).who(), super(Diamond, d).who())


class A: pass
class B: pass
class C(A, B): pass
class D(B, A): pass


try:
    class E(C, D):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class F(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class X: pass
class Y(X): pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Meta:
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"


class Sub(Meta):
    @classmethod
    def create(cls):
        return "sub " + super().create()


print(Sub.create(), Sub().create())


class Shape:
    def area(self):
        raise NotImplementedError


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, repr(e))


class Explicit(Left):
    def who(self):
        return ["Explicit"] + super(Left, self).who()


print(Explicit().who())
try:
    super(Left, Base()).who()
except TypeError as e:
    print(type(e).__name__, e)
s = super(Left, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d)


def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)


# __class__ and super() used only inside a lambda, a nested def or a comprehension of a method:
# the method passes the class cell through (it is in every enclosing code's co_freevars).
class Cell:
    def lam(self):
        return lambda: __class__

    def sup(self):
        return lambda other: super().__repr__()[:12]

    def nested(self):
        def inner():
            return [__class__.__name__ for _ in range(2)]
        return inner

    def deep(self):
        def outer():
            def innermost():
                return super(__class__, self).__init__
            return innermost
        return outer

    def plain(self):
        return 1


class SubCell(Cell):
    def lam(self):
        return lambda: (__class__, super(__class__, self).lam()())


def not_a_method():
    return super()


for name in ("lam", "sup", "nested", "deep", "plain"):
    code = getattr(Cell, name).__code__
    print(name, code.co_freevars, code.co_cellvars, len(getattr(Cell, name).__closure__ or ()))
print(Cell().lam()(), Cell().sup()(Cell()), Cell().nested()(), Cell().deep()()() is not None)
print(Cell().nested().__code__.co_freevars, Cell().deep().__code__.co_freevars, SubCell().lam()())
try:
    not_a_method()
except RuntimeError as e:
    print("RuntimeError:", e)
