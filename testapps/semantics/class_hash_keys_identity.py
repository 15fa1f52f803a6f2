# Objects as dict/set keys: hash/eq consistency, mutation after insertion, identity shortcut, hash of numbers.
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Key({self.v})"


d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))
k = Key(5)
d[k] = "five"
k.v = 6
print(k in d, Key(5) in d, Key(6) in d, [x for x in d if x is k])
k.v = 5
print(k in d)


class NeverEqual:
    def __eq__(self, other):
        return False

    def __hash__(self):
        return 1


n = NeverEqual()
s = {n}
print(n in s, NeverEqual() in s, [n] == [n], n == n, [n].count(n), [n].index(n))
nan = float("nan")
print(nan in {nan}, float("nan") in {nan}, {nan: 1}.get(nan), len({float("nan"), float("nan")}))
print(hash(1) == hash(1.0) == hash(True), len({1, 1.0, True}), {1: "a", 1.0: "b", True: "c"})
print(hash(-1), hash(-2), hash(0.5) == hash(0.5), hash((1, 2)) == hash((1, 2)))


class CountingHash:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        CountingHash.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


items = {CountingHash(i): i for i in range(3)}
before = CountingHash.calls
_ = CountingHash(1) in items
print(CountingHash.calls - before)


class BadHash:
    def __hash__(self):
        return "not an int"


for value in (BadHash(), [1], {}, {1}):
    try:
        hash(value)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([{1: 2}])
except TypeError as e:
    print(type(e).__name__, e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)


class Sub(Key):
    pass


print(Key(1) == Sub(1), {Key(1): "k"}.get(Sub(1)), Sub.__hash__ is Key.__hash__)


class EqInSub(Key):
    def __eq__(self, other):
        return super().__eq__(other)


print(EqInSub.__hash__, hash(Key(1)) == hash(1))
fs = frozenset({1, 2})
print({fs: "frozen"}[frozenset({2, 1})], hash(frozenset()) == hash(frozenset([])))
