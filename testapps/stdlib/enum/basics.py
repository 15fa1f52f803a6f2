from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def is_warm(self):
        return self in (Color.RED,)


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(f"{Color.GREEN}", f"{Color.GREEN!r}", f"[{Color.BLUE:>12}]", format(Color.RED), str(Color.BLUE))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color(2), Color["BLUE"], Color(1) is Color.RED, getattr(Color, "GREEN"))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm)
print(isinstance(Color.RED, Color), type(Color.RED) is Color, Color, type(Color).__name__)
print(list(Color.__members__), list(reversed(Color)))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], hash(Color.RED) == hash(Color.RED))
print(sorted(Color, key=lambda c: c.value, reverse=True))
for bad in [lambda: Color(7), lambda: Color["PURPLE"], lambda: Color("RED")]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError", type(e).__name__)


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal), [o.value for o in Ordinal])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print(Lower.ALPHA.value, Lower.BETA.value, Lower("beta1"))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
except ValueError as e:
    print("ValueError", e)


@unique
class Fine(Enum):
    X = "x"
    Y = "y"


print(Fine.X, Fine("y"))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape("square"), Shape(1))
try:
    Shape(5)
except ValueError as e:
    print("ValueError", e)

try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print("TypeError", e)


class Base(Enum):
    def hello(self):
        return "hello " + self.name


class Greeting(Base):
    MORNING = 1


print(Greeting.MORNING.hello(), Greeting.MORNING)
