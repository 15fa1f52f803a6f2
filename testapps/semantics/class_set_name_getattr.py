# __set_name__ on descriptors, __getattr__ vs __getattribute__ precedence, recursion pitfalls.
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value


class Model:
    x = Field()
    y = Field()


m = Model()
m.x = 3
print(m.x, m.y, Model.x.name, Model.x.owner)

f = Field()


class Later:
    pass


Later.z = f
print(hasattr(f, "name"))


class Fallback:
    a = 1

    def __getattr__(self, name):
        return "fallback:" + name


fb = Fallback()
fb.b = 2
print(fb.a, fb.b, fb.c)
print(getattr(fb, "d", "default"), hasattr(fb, "anything"))


class Intercept:
    a = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "getattr:" + name


i = Intercept()
print(i.a, i.secret_key, i.missing)


class Bad:
    def __init__(self):
        self.data = {}

    def __getattr__(self, name):
        return self.data[name]


b = Bad.__new__(Bad)
try:
    b.anything
except RecursionError as e:
    print(type(e).__name__)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    def hello(self):
        return "hello from target"


t = Target()
p = Proxy(t)
p.color = "red"
print(p.hello(), t.color, p.color, "color" in p.__dict__)


class PropRaises:
    @property
    def value(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return f"getattr saw {name}"


print(PropRaises().value)


class Count:
    calls = 0

    def __getattribute__(self, name):
        type(self).calls += 1
        return super().__getattribute__(name)


c = Count()
c.q = 1
_ = c.q
_ = c.q
print(Count.calls)

try:
    Model().__dict__["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    object().missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Target().missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Target.missing
except AttributeError as e:
    print(type(e).__name__, e)
