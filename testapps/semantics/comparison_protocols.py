# Rich comparisons: reflection order, subclass priority, chained comparisons evaluating once, total ordering by hand.
log = []


class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(f"{type(self).__name__}.__eq__")
        return NotImplemented

    def __lt__(self, other):
        log.append(f"{type(self).__name__}.__lt__")
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        log.append(f"{type(self).__name__}.__gt__")
        if isinstance(other, A):
            return self.v > other.v
        return NotImplemented


class B(A):
    def __eq__(self, other):
        log.append("B.__eq__")
        return True

    def __gt__(self, other):
        log.append("B.__gt__")
        return "B says greater"


print(A(1) == A(1), log)
log.clear()
print(A(1) == B(1), log)
log.clear()
print(A(1) < B(2), log)
log.clear()
print(A(1) < A(2), log)
log.clear()
print(A(1) != A(1), log)
log.clear()

evaluations = []


def val(x):
    evaluations.append(x)
    return x


print(val(1) < val(2) < val(3), evaluations)
evaluations.clear()
print(val(3) < val(2) < val(1), evaluations)
evaluations.clear()
print(val(1) == val(1) != val(2) is not None, evaluations)
evaluations.clear()
print(1 < 2 > 1 == 1 in [1] not in [[]], 1 < 2 < 2)


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"))


class Strange:
    def __eq__(self, other):
        return [1]

    def __lt__(self, other):
        return 0


s = Strange()
print(s == 1, s < 1, s > 1 if False else "skip", bool(s == 1), [s] == [s], s in [0])
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], "abc" < "abd", (1, "a") < (1, "b"))
for left, right in (((1, "a"), (1, 2)), ([1], (1,)), (None, None), ({1}, {1, 2})):
    try:
        print(left < right)
    except TypeError as e:
        print(type(e).__name__, e)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
x = float("nan")
print([x] == [x], x in [x], {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} > {1})
