# Class attributes read at one site in a loop (C.NAME): every change to the class, its bases,
# the value's own class or the metaclass shows at once.


class Base:
    LIMIT = 1
    tag = "base"


class Derived(Base):
    pass


class Mode:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Mode(%s)" % self.name


class Modes:
    FAST = Mode("fast")

    @staticmethod
    def helper():
        return "static"

    @classmethod
    def make(cls):
        return cls.__name__


def read_limit(cls):
    return cls.LIMIT


def read_fast():
    return Modes.FAST


out = []
for i in range(6):
    if i == 2:
        Derived.LIMIT = 20          # the class itself
    if i == 3:
        Base.LIMIT = 300            # a base: Derived still shows its own
        del Derived.LIMIT
    if i == 4:
        Base.LIMIT = 4000           # now through the base again
    out.append((read_limit(Derived), read_limit(Base)))
print(out)

# One site seeing several classes in turn.
print([read_limit(c) for c in (Base, Derived, Base, Derived)])

# The value is an instance: its class gaining __get__ turns it into a descriptor.
print(read_fast(), read_fast())
Mode.__get__ = lambda self, obj, owner: "got " + self.name
print(read_fast())
del Mode.__get__
print(read_fast())


class Other:
    def __get__(self, obj, owner):
        return "other's __get__"


Modes.FAST.__class__ = Other
print(read_fast())

# staticmethod gives the function, classmethod a new bound method each time.
f1 = Modes.helper
f2 = Modes.helper
print(f1 is f2, f1(), Modes.make(), Modes.make is Modes.make)

# A metaclass with a property of the same name wins over the class's attribute.
class Meta(type):
    @property
    def LIMIT(cls):
        return "meta property"


class WithMeta(Base, metaclass=Meta):
    LIMIT = 5


print(read_limit(WithMeta), read_limit(Base))

# Removing the attribute makes the next read fail.
for i in range(3):
    try:
        if i == 2:
            del Base.LIMIT
        print(read_limit(Derived))
    except AttributeError as e:
        print(type(e).__name__, e)

# Rebinding through setattr and the class dict mapping proxy's owner.
setattr(Base, "LIMIT", "again")
print(read_limit(Derived), Derived.tag, Base.__dict__["LIMIT"])
