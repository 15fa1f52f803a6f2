# types.new_class, prepare_class and resolve_bases: dynamic class creation as a class statement does it.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, [b.__name__ for b in bases], sorted(kwds))
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kwds):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), sorted(kwds))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class Base:
    def __init_subclass__(cls, **kwds):
        print("init_subclass", cls.__name__, sorted(kwds))
        super().__init_subclass__()


A = types.new_class("A")
print(A, A.__bases__, type(A), A.__module__ if hasattr(A, "__module__") else None)


def body(ns):
    ns["x"] = 1
    ns["double"] = lambda self: self.x * 2


B = types.new_class("B", (Base,), {"flag": True}, body)
print(B.x, B().double(), B.__mro__)

C = types.new_class("C", (), {"metaclass": Meta, "opt": 3}, body)
print(type(C), C.prepared, C.x)

kw = {"metaclass": Meta}
print(types.prepare_class("D", (), kw), kw)
meta, ns, rest = types.prepare_class("E", (B,))
print(meta, ns, rest)
meta, ns, rest = types.prepare_class("F", (C,), {"z": 1})
print(meta, ns, rest)
maker = lambda *a: a
meta, ns, rest = types.prepare_class("G", (), {"metaclass": maker})
print(meta is maker, ns, rest, types.new_class("G", (), {"metaclass": maker}))


class Entry:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (Base,)


class Two:
    def __mro_entries__(self, bases):
        return (int, Base)


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


bases = (Entry(), object)
print(types.resolve_bases(bases))
plain = (int, str)
print(types.resolve_bases(plain) is plain)
print(types.resolve_bases((Two(), str)))
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print("TypeError", e)

H = types.new_class("H", (Entry(),))
print(H.__bases__, type(H.__orig_bases__).__name__, len(H.__orig_bases__))


class M1(type):
    pass


class M2(type):
    pass


X = M1("X", (), {})
Y = M2("Y", (), {})
try:
    types.new_class("Z", (X, Y))
except TypeError as e:
    print("TypeError", e)
print(type(types.new_class("W", (X,))))
