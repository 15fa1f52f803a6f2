"""abc: abstract methods, instantiation refusal, ABC and ABCMeta, update_abstractmethods."""
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        """Area of the shape."""

    @abstractmethod
    def perimeter(self):
        return 0

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * super().perimeter() + 4 * self.side


class Half(Shape):
    def area(self):
        return 1


print(sorted(Shape.__abstractmethods__))
print(type(Shape.__abstractmethods__).__name__)
print(sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe())
print(type(Shape) is ABCMeta, isinstance(Shape, ABCMeta), type(ABC).__name__)
print(Shape.area.__isabstractmethod__, hasattr(Square.area, '__isabstractmethod__'))


class Props(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

    def concrete(self):
        return 1


print(sorted(Props.__abstractmethods__))
try:
    Props()
except TypeError as e:
    print(e)


class Impl(Props):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


i = Impl.make()
print(i.name, Impl.helper(), i.concrete(), Impl.__abstractmethods__ == frozenset())


# Only abstract method left: singular wording.
class One(ABC):
    @abstractmethod
    def run(self):
        pass


try:
    One()
except TypeError as e:
    print(e)


# update_abstractmethods after adding the method later.
class Later(One):
    pass


Later.run = lambda self: "ran"
try:
    Later()
except TypeError as e:
    print("before update:", e)
abc.update_abstractmethods(Later)
print("after update:", Later().run(), Later.__abstractmethods__)


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))

# A plain class made abstract by assigning __abstractmethods__, as CPython's type allows.
Plain.__abstractmethods__ = frozenset({'x', 'a'})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
try:
    print(int.__abstractmethods__)
except AttributeError as e:
    print(type(e).__name__, e)


# keyword arguments reach __init_subclass__ through ABCMeta.__new__
class Base(ABC):
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class Tagged(Base, tag="t1"):
    pass


print(Tagged.tag, Tagged().tag)


# ABCMeta subclasses and ABC's empty __slots__
class MyMeta(ABCMeta):
    pass


class WithMeta(metaclass=MyMeta):
    @abstractmethod
    def f(self):
        pass


print(type(WithMeta).__name__, sorted(WithMeta.__abstractmethods__))
print(ABC.__slots__, abc.ABC.__module__, ABCMeta.__name__)
