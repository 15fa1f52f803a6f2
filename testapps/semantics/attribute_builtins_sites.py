# getattr/setattr/hasattr with a str name: the same answers as o.name for plain instances, slots,
# properties, __getattr__, classes, builtins and str subclasses, with defaults and errors; the
# name's cached lookup must follow class changes (new attribute, deleted method, new property).


class Plain:
    kind = "plain"

    def __init__(self):
        self.x = 1

    def method(self):
        return "method"


class Slotted:
    __slots__ = ("a", "b")


class Lazy:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


class Prop:
    @property
    def value(self):
        raise AttributeError("computed value is missing")

    @property
    def ok(self):
        return "ok"


class Name(str):
    def shout(self):
        return self.upper()


o, s, lazy, prop = Plain(), Slotted(), Lazy(), Prop()
print(getattr(o, "x"), getattr(o, "kind"), getattr(o, "method")(), getattr(o, "nope", None), hasattr(o, "x"), hasattr(o, "nope"))
s.a = 5
print(getattr(s, "a"), getattr(s, "b", "unset"), hasattr(s, "b"), hasattr(s, "a"))
print(getattr(lazy, "dyn_value"), getattr(lazy, "other", "fallback"), hasattr(lazy, "dyn_x"), hasattr(lazy, "other"))
print(getattr(prop, "value", "default"), hasattr(prop, "value"), getattr(prop, "ok"))
print(getattr(o, Name("x")), hasattr(o, Name("kind")), getattr(Plain, "kind"), getattr(Plain, "missing", 0), hasattr(Plain, "method"))
print(getattr(3, "real"), getattr([], "nope", "no list attr"), hasattr("", "join"), getattr(None, "__class__").__name__)
for name in ["x", "y", "z"]:
    setattr(o, name, name * 2)
print(o.x, o.y, getattr(o, "z"), [getattr(o, n) for n in ("x", "y", "z")])
setattr(s, "b", 7)
print(s.b, getattr(s, "b"))

# The cached facts must not outlive a change of the class.
for step in range(4):
    if step == 1:
        Plain.extra = "class attr"
    if step == 2:
        del Plain.method
    if step == 3:
        Plain.extra = property(lambda self: "now a property")
    print(step, getattr(o, "extra", "-"), hasattr(o, "method"), getattr(o, "method", "gone") if step >= 2 else "has method")

for bad in [lambda: getattr(o, 1), lambda: getattr(o, "missing"), lambda: setattr(s, "c", 1), lambda: getattr(s, "a", 1, 2),
            lambda: hasattr(o), lambda: setattr(o, None, 1), lambda: getattr(prop, "value"), lambda: setattr(1, "real", 2)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
