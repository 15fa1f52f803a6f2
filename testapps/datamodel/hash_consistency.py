# Equal numbers hash equal across int, float, bool, complex and Fraction-free decimals; container hashes.
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 20))
print(hash(0.5), hash(-0.5), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(1.5 + 2j))
print(hash(()), hash((1,)), hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, 3))))
print(hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset({1.0, 2})) == hash(frozenset({1, 2})))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len({1, 1.0, True}), {0, 0.0, False, -0.0})
print({1.5: "a"}[1.5], {(1, 2): "t"}[(1.0, 2.0)], 2 ** 64 in {2.0 ** 64})
nan = float("nan")
print(hash(nan) == hash(nan), nan in [nan], nan == nan, {nan: 1}.get(nan), len({nan, float("nan")}))
for unhashable in ([], {}, set(), bytearray(), ([],)):
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v


print(hash(H(5)), hash(H(-1)), len({H(1), H(1), H(2)}), H(3) in {H(3)})


class BadHash:
    def __hash__(self):
        return "no"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100), hash(True), hash(None) == hash(None))
