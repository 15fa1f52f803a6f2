# Default values: evaluated once at definition, the mutable default trap, __defaults__ rebinding.
calls = []


def stamp(tag):
    calls.append(tag)
    return tag


def f(a=stamp("a"), b=stamp("b")):
    return a, b


print(calls, f(), f(1), calls)


def append_to(x, target=[]):
    target.append(x)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target


print(safe(1), safe(2))
print(f.__defaults__, append_to.__defaults__)
f.__defaults__ = (10, 20)
print(f(), f(b=0))
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)


def kw(*, x=1, y=[]):
    y.append(x)
    return y


print(kw(), kw(x=2), kw.__kwdefaults__)
kw.__kwdefaults__ = {"x": 9, "y": []}
print(kw())

n = 5


def late(a=n):
    return a


n = 6
print(late())
lambdas = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in lambdas])
closures = [lambda: i * 10 for i in range(3)]
print([g() for g in closures])
