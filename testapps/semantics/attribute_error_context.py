# An AttributeError raised by Python code on the way to an attribute (a property, __getattr__,
# __getattribute__) gets .name and .obj from the lookup that failed (the innermost one), unless
# the code set either itself; getattr() with a default still returns the default.
class Chain:
    def __init__(self, parent=None):
        self.parent = parent

    def __getattr__(self, key):
        if self.parent is not None:
            return getattr(self.parent, key)
        raise AttributeError(f"no setting {key!r}")

    @property
    def broken(self):
        return self.missing

    @property
    def bare(self):
        raise AttributeError("bare message")

    @property
    def named(self):
        raise AttributeError("named", name="custom", obj=None)

    def __repr__(self):
        return "root" if self.parent is None else "child"


class Strict:
    def __getattribute__(self, key):
        if key.startswith("x"):
            raise AttributeError(key.upper())
        return object.__getattribute__(self, key)


class Plain:
    @property
    def value(self):
        raise AttributeError("value not ready")


class MyAttrError(AttributeError):
    pass


class Sub:
    @property
    def p(self):
        raise MyAttrError("sub")


root = Chain()
child = Chain(root)
for label, get in [("getattr child.timeout", lambda: getattr(child, "timeout")),
                   ("child.timeout", lambda: child.timeout),
                   ("root.broken", lambda: root.broken),
                   ("child.bare", lambda: child.bare),
                   ("root.named", lambda: root.named),
                   ("Strict().xy", lambda: Strict().xy),
                   ("getattr Strict xz", lambda: getattr(Strict(), "xz")),
                   ("Plain().value", lambda: Plain().value),
                   ("Sub().p", lambda: Sub().p),
                   ("object().nope", lambda: object().nope),
                   ("int.nope", lambda: (5).nope)]:
    try:
        get()
    except AttributeError as e:
        print(f"{label}: {type(e).__name__}({e}) name={e.name!r} obj={e.obj if isinstance(e.obj, (Chain, int)) else type(e.obj).__name__}")
print(getattr(child, "timeout", "default"), hasattr(root, "broken"), getattr(Plain(), "value", 0))
p = Plain()
for i in range(3):
    try:
        p.value
    except AttributeError as e:
        print(i, e.name, e.obj is p)
e = AttributeError("fresh")
print(e.name, e.obj)
