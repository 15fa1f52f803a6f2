# Attributes stored on exception objects: set in __init__, by handlers, through __dict__,
# deleted, many of them, in different orders; what __dict__, vars() and copies show.
import copy


class FieldError(Exception):
    def __init__(self, field, value):
        super().__init__(field)
        self.field = field
        self.value = value


class Other(FieldError):
    def __init__(self, value):
        self.value = value
        self.field = "f%d" % value
        super().__init__(self.field, value)


def check(i):
    if i % 3 == 0:
        raise FieldError("a", i)
    if i % 3 == 1:
        raise Other(i)
    raise KeyError(i)


total = 0
for i in range(12):
    try:
        check(i)
    except FieldError as e:
        total += e.value
        print(type(e).__name__, e.field, e.value, e.args, sorted(vars(e).items()))
    except KeyError as e:
        e.seen = i
        e.seen += 1
        print("KeyError", e.seen, e.__dict__)
print(total)

e = FieldError("x", 1)
print(e.__dict__)
e.__dict__["extra"] = 5
print(e.extra, list(e.__dict__))
e.later = 6
print(e.__dict__)
del e.field
print(e.__dict__, hasattr(e, "field"))
try:
    del e.field
except AttributeError as err:
    print("AttributeError:", err)

e = FieldError("y", 2)
del e.value
print(vars(e))
e.value = 3
print(vars(e), e.value)

# Many names: more than a shared layout holds.
e = ValueError("many")
for k in range(40):
    setattr(e, "a%d" % k, k)
print(len(vars(e)), e.a0, e.a39, getattr(e, "a20"))

# Different orders for the same class.
a = FieldError("p", 1)
b = FieldError("q", 2)
a.x, a.y = 1, 2
b.y, b.x = 3, 4
print(list(vars(a)), list(vars(b)), a.x, b.x, a.y, b.y)

# Notes, args and the own fields are not dict entries.
e = FieldError("n", 9)
e.add_note("first")
e.add_note("second")
print(e.__notes__, sorted(vars(e)))
e.args = ("changed",)
print(e.args, str(e), "args" in vars(e))

# Copies keep the attributes.
class Plain(Exception):
    pass


e = Plain("c", 7)
e.field = "c"
e.value = 7
c = copy.copy(e)
print(type(c).__name__, vars(c))
d = copy.deepcopy(e)
print(d.field, d.value, vars(d) == vars(e))

# A missing attribute still says which.
try:
    FieldError("m", 0).missing
except AttributeError as err:
    print("AttributeError:", err)

# The traceback of an exception with attributes.
def deep(n):
    if n == 0:
        raise FieldError("deep", n)
    deep(n - 1)


deep(2)
