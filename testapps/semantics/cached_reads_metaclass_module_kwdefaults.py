# Reads that attribute sites and calls remember must still see every change: class attributes
# under a custom metaclass, module attributes, keyword-only defaults, a metaclass __call__.
import _cached_reads_mod as mod
import _cached_reads_other as other


class Meta(type):
    def extra(cls):
        return "meta method"


class K(metaclass=Meta):
    value = 1


def read_value():
    return K.value


def read_extra():
    return K.extra()


out = []
for step in range(6):
    if step == 1:
        K.value = 2
    if step == 2:
        # A data descriptor on the metaclass wins over the class's own attribute.
        Meta.value = property(lambda cls: "from meta property")
    if step == 3:
        del Meta.value
    if step == 4:
        del K.value
        Meta.value = "meta plain"
    if step == 5:
        K.value = "class again"
    out.append(read_value())
print(out)
print(read_extra(), read_extra())


class Sub(K):
    pass


def read_sub():
    return Sub.value


print([read_sub() for _ in range(2)])
Meta.__getattribute__ = lambda cls, name: "intercepted " + name
print(read_sub(), read_value())
del Meta.__getattribute__
print(read_sub(), read_value())



def read_x(m):
    return m.x


seen = [read_x(mod)]
mod.x = 2
seen.append(read_x(mod))
seen.append(read_x(other))
seen.append(read_x(mod))
del mod.x
try:
    read_x(mod)
except AttributeError as e:
    seen.append(str(e))
mod.__getattr__ = lambda name: "module getattr " + name
seen.append(read_x(mod))
mod.x = 3
seen.append(read_x(mod))
mod.__dict__["x"] = 4
seen.append(read_x(mod))
print(seen)


def kw(a, *, b=1, c=2, d):
    return (a, b, c, d)


print(kw(0, d=3), kw(0, d=3, c=9))
kw.__kwdefaults__ = {"b": "B", "c": "C", "d": "D"}
print(kw(0), kw(0, c=5))
kw.__kwdefaults__ = None
try:
    kw(0, d=1)
except TypeError as e:
    print(e)
print(kw(0, b=1, c=2, d=3))


class Counting(type):
    calls = 0

    def __call__(cls, *args, **kwargs):
        Counting.calls += 1
        return super().__call__(*args, **kwargs)


class Made(metaclass=Counting):
    def __init__(self, v):
        self.v = v


print([Made(i).v for i in range(3)], Counting.calls)
del Counting.__call__
print(Made(7).v, Counting.calls)
Counting.__call__ = lambda cls, *a: ("replaced", a)
print(Made(8))
