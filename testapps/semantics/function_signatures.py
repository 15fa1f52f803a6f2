def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 7, "z": 8}))
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__)

def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, c=3))
for call in [lambda: pos(a=1, b=2, c=3), lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: pos(1, 2, 3, 4),
             lambda: f(1, 2, c=3, c2=4, **{"c": 1})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def kwonly(*, x, y=1):
    return x, y
print(kwonly(x=5))
try:
    kwonly(1)
except TypeError as e:
    print(e)

square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, 2, k=3), square.__name__)

def annotated(a: int, b: "str" = "x", *rest: float, key: bool = True, **extra: dict) -> list:
    """Doc here."""
    return []
print(annotated.__annotations__)
print(annotated.__doc__, annotated.__module__)

def deco(tag):
    def wrap(fn):
        def inner(*args, **kwargs):
            return f"<{tag}>" + str(fn(*args, **kwargs)) + f"</{tag}>"
        inner.__wrapped__ = fn
        inner.__name__ = fn.__name__
        return inner
    return wrap

@deco("b")
@deco("i")
def hello(name, punct="!"):
    return "hello " + name + punct

print(hello("bob"), hello("amy", punct="?"), hello.__name__, hello.__wrapped__.__name__)

def defaults_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_once(1), defaults_once(2))
hello.attr = 5
print(hello.attr)

class C:
    def m(self, *args, **kw):
        return args, kw
    @classmethod
    def cm(cls, *a):
        return cls.__name__, a
print(C().m(1, 2, x=3), C.cm(*[1, 2]), C().cm())
print(max(*[3, 1, 2]), dict(**{"a": 1}, b=2))
