# __new__ patterns: subclassing immutable builtins, singletons, caching instances, __new__ vs __init__.
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"{float(self)}C"


c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, isinstance(c, float))
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def shout(self):
        return self + "!"


u = Upper("hello")
print(u, u.shout(), type(u.shout()).__name__, len(u), u == "HELLO", u.lower())


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def __repr__(self):
        return f"Pair{tuple(self)}"


p = Pair(1, 2)
print(p, p.first, p[1], len(p), p + (3,), hash(p) == hash((1, 2)))


class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)


print(Even(4), Even(4) + 1, type(Even(4) * 2).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("init runs every time")


a = Singleton()
b = Singleton()
print(a is b)


class Interned:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]


print(Interned("x") is Interned("x"), Interned("x") is Interned("y"), sorted(Interned._cache))


class ReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(ReturnsOther())


class InitArgs:
    def __init__(self, x):
        self.x = x


try:
    object.__new__(InitArgs).x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    InitArgs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)


class InitReturns:
    def __init__(self):
        return 1


try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
