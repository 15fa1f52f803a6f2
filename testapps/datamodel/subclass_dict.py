# Subclassing dict: __missing__, overridden __getitem__/__setitem__ and where CPython bypasses them.
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["z"], "z" in c, c.get("z"), len(c), type(c).__name__)


class Auto(dict):
    def __missing__(self, key):
        value = self[key] = Auto()
        return value


tree = Auto()
tree["a"]["b"]["c"] = 1
print(tree, isinstance(tree["a"], Auto))


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u["x"] = 1
print(u, u["x"], u.get("x"), u.get("X"))
u2 = Upper(y=2)          # dict.__init__ does not call the override
print(u2, dict(u2), {**u2})
u.update(z=3)            # neither does update
print(u)
u.setdefault("w", 4)
print(u, list(u), list(u.items()))


class Bare(dict):
    pass


b = Bare(a=1, b=2)
b.attr = "x"
print(b, b.attr, vars(b), b == {"a": 1, "b": 2}, b | {"c": 3}, type(b | {"c": 3}).__name__)
print(b.copy(), type(b.copy()).__name__, Bare.fromkeys("ab", 0), type(Bare.fromkeys("ab")).__name__)


class Keys(dict):
    def keys(self):
        return ["only"]

    def __getitem__(self, k):
        return "from getitem"


k = Keys(only=1, other=2)
print(dict(k), {**k}, list(k))


def show(**kw):
    return kw


print(show(**k))

try:
    Counter()[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Bare()["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    hash(b)
except TypeError as e:
    print(type(e).__name__, e)


class Repr(dict):
    def __repr__(self):
        return f"Repr({dict.__repr__(self)})"


print(Repr(a=1), [Repr()], str(Repr(q=[1])))
print(Counter.__mro__)
print(isinstance(c, dict), issubclass(Counter, dict), type(c) is Counter)
