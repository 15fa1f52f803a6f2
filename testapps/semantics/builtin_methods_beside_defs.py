# Builtin list/set/dict methods called in a module whose classes define methods of the same
# names, and isinstance() by its global name, rebound or not.
import builtins


class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(("bag", x))
        return "added"

    def append(self, x):
        self.items.append(("app", x))

    def pop(self):
        return self.items.pop() if self.items else "empty"

    def get(self, k, d=None):
        return ("get", k, d)

    def remove(self, x):
        return ("removed", x)

    def discard(self, x):
        return ("discarded", x)


class Other:
    def add(self, x):
        return "other"


class MySet(set):
    def add(self, x):
        print("MySet.add", x)
        super().add(x)


class MyList(list):
    def append(self, x):
        print("MyList.append", x)
        super().append(x * 10)


def use(objs):
    out = []
    for o in objs:
        out.append(o.add(1))
    return out


s = set()
b = Bag()
print(use([s, b, Other(), MySet(), frozenset()] [:4]))
print(sorted(s), b.items)
try:
    use([frozenset()])
except AttributeError as e:
    print("AttributeError", e)
l = [1, 2]
for x in (l, b, MyList()):
    print(x.append(3), x.append(4), x.pop(), x.pop())
print(l, b.items)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
d = {"a": 1}
for x in (d, b):
    print(x.get("a"), x.get("z", 0))
st = {1, 2, 3, 2 ** 70}
for x in (st, b):
    print(x.remove(2), x.discard(3), x.discard(99))
print(sorted(st))
try:
    st.remove(5)
except KeyError as e:
    print("KeyError", e)
try:
    st.remove(2 ** 70)
    st.remove(2 ** 70)
except KeyError as e:
    print("KeyError", e)
lst = [1, 2, 3]
print(lst.remove(2), lst)
try:
    lst.remove(7)
except ValueError as e:
    print("ValueError", e)
try:
    (1, 2).add(3)
except AttributeError as e:
    print("AttributeError", e)


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return inst == 42


class Odd(metaclass=Meta):
    pass


class Proxy:
    @property
    def __class__(self):
        return int


print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)), isinstance(3, int | str))
print(isinstance(42, Odd), isinstance(41, Odd), isinstance(Odd(), Odd))
print(isinstance(Proxy(), int), isinstance(Proxy(), Proxy), isinstance(b, Bag), isinstance(b, Other))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError", e)
r = isinstance(1, int)
print(type(r).__name__, r)


def check(x):
    return isinstance(x, int)


print(check(1))
orig = builtins.isinstance
builtins.isinstance = lambda x, t: "patched"
print(check(1), isinstance(1, int))
builtins.isinstance = orig
isinstance = lambda x, t: 7
print(check(1), isinstance(1, int))
del isinstance
print(check(1), isinstance(1, int))



def kind(x):
    return "list" if type(x) is list else "int" if type(x) is int else type(x).__name__


print([kind(v) for v in ([], 1, True, MyList(), "s", Proxy(), type)])
orig_type = builtins.type
builtins.type = lambda x: list
print(kind(3))
builtins.type = orig_type
type = lambda x: int
print(kind([]), type(None))
del type
print(kind([]), type(None), type(type), type(Odd))


def trace():
    return isinstance(1,
                      5)


trace()
