# Instances of classes: object.__reduce_ex__'s recipes (copyreg), __reduce__, __getstate__ and
# __setstate__, __slots__, __getnewargs__(_ex)__, builtin subclasses, nested classes.
import collections
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class WithReduce:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (WithReduce, (self.v,))

    def __repr__(self):
        return f"WithReduce({self.v!r})"


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None

    def __repr__(self):
        return f"WithState({self.__dict__})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1

    def __repr__(self):
        return f"Slotted(a={self.a}, b={getattr(self, 'b', '-')})"


class NewArgs:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)

    def __repr__(self):
        return f"NewArgs({self.n})"


class NewArgsEx:
    def __new__(cls, n, *, k):
        self = super().__new__(cls)
        self.n = n
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return (self.n,), {"k": self.k}

    def __repr__(self):
        return f"NewArgsEx({self.n}, k={self.k})"


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class Outer:
    class Inner:
        pass


class Items:
    """A reduce tuple with list items, dict items and a state setter."""

    def __init__(self):
        self.items = []
        self.pairs = {}
        self.state = None

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.pairs[k] = v

    def __reduce__(self):
        return (Items, (), {"s": 1}, iter(self.items), iter(self.pairs.items()), set_state)

    def __repr__(self):
        return f"Items({self.items}, {self.pairs}, {self.state})"


def set_state(obj, state):
    obj.state = state


Pair = collections.namedtuple("Pair", "a b")

values = [Point(1, 2), WithReduce([1, 2]), WithState(), Slotted(), NewArgs(5), MyList([1, 2]),
          MyDict(a=1), MyInt(7), Outer.Inner, Pair(1, 2), collections.OrderedDict(a=1)]
items = Items()
items.extend([1, 2, 3])
items["k"] = "v"
values.append(items)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for value in values:
        try:
            data = pickle.dumps(value, proto)
        except Exception as e:
            print(proto, type(value).__name__, "error:", type(e).__name__, e)
            continue
        print(proto, data)
        print("  ->", repr(pickle.loads(data)))

print(pickle.loads(pickle.dumps(NewArgsEx(1, k=2), 4)))
print(pickle.loads(pickle.dumps([Point(1, 2), Point(3, 4)])))

# The recipes themselves.
p = Point(1, 2)
made, args, state, list_items, dict_items = p.__reduce_ex__(2)
print(made is copyreg.__newobj__, args == (Point,), state, list_items, dict_items)
print(p.__reduce_ex__(1) == (copyreg._reconstructor, (Point, object, None), {"x": 1, "y": 2}))
print(p.__reduce__() == p.__reduce_ex__(0))
print(WithReduce(3).__reduce_ex__(4))
made, args, state, list_items, dict_items = MyList([5]).__reduce_ex__(4)
print(args == (MyList,), state, list(list_items), dict_items)
print(Slotted().__reduce_ex__(2)[2])

# copyreg.pickle registers a reduction for a type.
class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda r: (Registered, (r.v * 10,)))
print(pickle.dumps(Registered(4), 2), pickle.loads(pickle.dumps(Registered(4))).v)
try:
    copyreg.pickle(Registered, 5)
except TypeError as e:
    print("TypeError:", e)

# The extension registry.
copyreg.add_extension(__name__, "Point", 240)
print(pickle.dumps(Point, 2), pickle.loads(pickle.dumps(Point, 2)) is Point)
copyreg.remove_extension(__name__, "Point", 240)
print(pickle.dumps(Point, 2))
