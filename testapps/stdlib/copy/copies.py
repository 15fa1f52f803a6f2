import copy

nested = [1, [2, 3], {"k": [4, 5]}, (6, [7])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"], deep[3] is nested[3])
nested[1].append(99)
print(shallow[1], deep[1])

t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
print(copy.copy(3) == 3, copy.deepcopy("s"), copy.copy(None), copy.deepcopy(frozenset({1})))
d = {"a": [1]}
print(copy.copy(d) is d, copy.copy(d)["a"] is d["a"], copy.deepcopy(d)["a"] is d["a"])
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(s))

shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
loop = []
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[0] is lc, lc is loop)

memo = {}
a = copy.deepcopy([shared], memo)
b = copy.deepcopy([shared], memo)
print(a[0] is b[0])


class WithHooks:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print("__copy__ called")
        return WithHooks(self.value)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return WithHooks(copy.deepcopy(self.value, memo))


h = WithHooks([1, 2])
h2 = copy.copy(h)
h3 = copy.deepcopy(h)
print(h2.value is h.value, h3.value is h.value, h3.value)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return f"Reduced({self.a!r}, {self.b!r})"


r = Reduced([1], "x")
print(copy.copy(r), copy.copy(r).a is r.a, copy.deepcopy(r).a is r.a)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = [1]


sl = Slotted()
sc = copy.copy(sl)
print(sc.x is sl.x, hasattr(sc, "y"))
sd = copy.deepcopy(sl)
print(sd.x == sl.x, sd.x is sl.x)


def f():
    pass


print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(int) is int, copy.copy(len) is len)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
