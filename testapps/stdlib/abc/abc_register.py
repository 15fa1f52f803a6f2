"""abc: virtual subclasses by register(), __subclasshook__, the cache token."""
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass


class Sprite:
    def draw(self):
        return "sprite"


token = get_cache_token()
print(type(token).__name__)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
result = Drawable.register(Sprite)
print(result is Sprite, get_cache_token() != token)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
print(Drawable in Sprite.__mro__, Sprite.__mro__ == (Sprite, object))


# register works as a decorator and for builtins
@Drawable.register
class Canvas:
    pass


print(Canvas.__name__, issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), issubclass(bool, Drawable), isinstance(2.5, Drawable))


class SubSprite(Sprite):
    pass


print("subclass of a virtual subclass:", issubclass(SubSprite, Drawable))

# registering an existing subclass returns it without changing the token
class RealDrawable(Drawable):
    def draw(self):
        return "real"


before = get_cache_token()
print(Drawable.register(RealDrawable) is RealDrawable, get_cache_token() == before)

for bad in (3, "x"):
    try:
        Drawable.register(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Sprite.register  # plain classes have no register
except AttributeError as e:
    print(type(e).__name__, e)

# a cycle is refused
class Top(ABC):
    pass


class Bottom(Top):
    pass


try:
    Bottom.register(Top)
except RuntimeError as e:
    print(type(e).__name__, e)

# virtual subclasses of a sub-ABC count for the parent ABC
class Animal(ABC):
    pass


class Dog(Animal):
    pass


class Robot:
    pass


Dog.register(Robot)
print(issubclass(Robot, Animal), isinstance(Robot(), Dog), isinstance(Robot(), Animal))


# __subclasshook__: True, False or NotImplemented
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
            if any("__nolen__" in B.__dict__ for B in C.__mro__):
                return False
        return NotImplemented


class Sized1:
    def __len__(self):
        return 1


class NoLen:
    __nolen__ = True


class Other:
    pass


HasLen.register(NoLen)  # the hook's False wins over registration
HasLen.register(Other)
print(issubclass(Sized1, HasLen), isinstance(Sized1(), HasLen))
print(issubclass(NoLen, HasLen), issubclass(Other, HasLen), issubclass(list, HasLen), issubclass(int, HasLen))


class Narrow(HasLen):
    pass


print("hook only for the class itself:", issubclass(Sized1, Narrow))

# isinstance with tuples mixing ABCs and classes, and issubclass errors
print(isinstance(Sprite(), (int, Drawable)), isinstance("s", (Drawable, HasLen)))
try:
    issubclass(3, Drawable)
except TypeError as e:
    print(type(e).__name__, e)


# a custom __instancecheck__ on an ABCMeta subclass
class Everything(ABCMeta):
    def __instancecheck__(cls, instance):
        return True


class Any_(metaclass=Everything):
    pass


print(isinstance(None, Any_), isinstance(object(), Any_), issubclass(int, Any_))


# __class__ that lies is consulted too
class Liar:
    @property
    def __class__(self):
        return Sprite


print(isinstance(Liar(), Drawable), isinstance(Liar(), Sprite))
