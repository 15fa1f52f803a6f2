import enum
from enum import Enum, IntEnum, IntFlag, StrEnum, auto


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Status.OK, repr(Status.OK), Status.OK == 200, Status.OK + 1, Status(404), Status.OK < Status.NOT_FOUND)
print(f"{Status.OK}", str(Status.NOT_FOUND), int(Status.OK), isinstance(Status.OK, int), sorted([404, Status.OK, 300]))
print(format(Status.OK, "05d"), Status.OK.name, Status["NOT_FOUND"].value, [s.value for s in Status])


class Fruit(StrEnum):
    APPLE = auto()
    BANANA = "yellow"


print(Fruit.APPLE, repr(Fruit.APPLE), Fruit.APPLE == "apple", Fruit.BANANA.upper(), f"<{Fruit.BANANA}>", Fruit("apple"))
print(isinstance(Fruit.APPLE, str), "-".join(Fruit), len(Fruit.BANANA))
try:
    class BadStr(StrEnum):
        X = 1
except Exception as e:
    print(type(e).__name__, e)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(Mode.R, repr(Mode.W), int(Mode.X), list(Mode), Mode.R + 1, Mode(6) & 2, bool(Mode(0)))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Animal.__name__)
Sizes = Enum("Sizes", [("S", 1), ("M", 5), ("L", 9)])
print(list(Sizes), Sizes.M.value)
Colors = Enum("Colors", {"RED": "r", "GREEN": "g"})
print(Colors("g"), [c.name for c in Colors])
Nums = IntEnum("Nums", "ONE TWO", start=10)
print(Nums.TWO, Nums.ONE + 0)
Dotted = Enum("Dotted", "a, b ,c")
print([m.name for m in Dotted])

for bad in [lambda: Status(500), lambda: Fruit("pear"), lambda: Animal["DOG"], lambda: Enum("Dup", "A A"),
            lambda: setattr(Status, "OK", 1),
            lambda: delattr(Status, "OK")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class Member(Enum):
    A = 1
    _ignore_ = ["tmp"]
    tmp = 5
    _private = 2

    def method(self):
        return self.value


print(list(Member), hasattr(Member, "tmp"), Member._private, Member.A.method())


class Ex(Enum):
    X = 1

try:
    class Sub(Ex):
        Y = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    class BadName(Enum):
        _sunder_ = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    class Mixed(Enum):
        mro = 1
        A = 2
    print(list(Mixed))
except Exception as e:
    print(type(e).__name__, e)
print(Status.OK is Status(200), Status._member_map_ is not None, Status._value2member_map_[404])
print(enum.Enum.__members__ if hasattr(enum.Enum, "__members__") else None)
print(Status.__members__["OK"], len(Status.__members__))
