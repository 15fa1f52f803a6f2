# A module reads builtins (type, isinstance, repr) many times, while builtins and the module's own
# globals rebind and delete them under it; type(x) with one argument and its look-alikes.
import builtins


def kinds(values):
    return [type(v).__name__ for v in values]


def check(values):
    return [isinstance(v, int) for v in values]


values = [1, "a", 2.5, None, True, [1], (1,)]
for _ in range(3):
    print(kinds(values), check(values))

# builtins itself is rebound: every module that does not shadow the name sees it.
real_type = builtins.type
builtins.type = lambda x: bool
print(kinds(values[:2]))
builtins.type = real_type
print(kinds(values[:2]))

# The module shadows the builtin, then stops shadowing it.
isinstance = lambda v, c: "mine"
print(check(values[:2]))
del isinstance
print(check(values[:2]))

# The builtin is deleted from builtins: a NameError, then it is back.
saved = builtins.repr
del builtins.repr


def show(v):
    return repr(v)


try:
    show(1)
except NameError as e:
    print("NameError:", e)
builtins.repr = saved
print(show("x"))


# type(x) through a metaclass, a subclass of type, and the wrong argument counts.
class Meta(type):
    def __call__(cls, *args):
        return "Meta call %r" % (args,)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta(1), type(WithMeta).__name__, Meta("Made", (), {}).__name__)
print(type(type), type(Meta), type(1) is int, type(WithMeta()) is str)
for args in [(), (1, 2), (1, 2, 3, 4)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type(1, x=2)
except TypeError as e:
    print("TypeError:", e)
