# __bool__/__len__ truthiness, __contains__/__iter__/__getitem__ fallbacks, __index__, __call__.
class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(L(0)), bool(L(3)), "yes" if L(2) else "no", not L(0))


class B:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


print(bool(B()), len(B()))


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class BigLen:
    def __len__(self):
        return 2 ** 70


for obj in (BadBool(), NegLen(), BigLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


s = Seq()
print(list(s), 9 in s, 5 in s, [x for x in s])
a, b, *rest = s
print(a, b, rest)


class Iter:
    def __iter__(self):
        return iter("abc")


print("b" in Iter(), "z" in Iter(), list(Iter()))


class Cont:
    def __contains__(self, x):
        return x == "magic"

    def __iter__(self):
        raise AssertionError("not used")


print("magic" in Cont(), "other" not in Cont())


class ContTruthy:
    def __contains__(self, x):
        return [x]


print(3 in ContTruthy())


class NotIterable:
    __iter__ = None


try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NotIterable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], "abcdef"[Idx(-1)], bin(Idx(5)), hex(Idx(255)))
print(range(Idx(3)), [0] * Idx(2), (1, 2, 3)[Idx(0)], int.__index__(7))
try:
    data[Idx("x")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[1.5]
except TypeError as e:
    print(type(e).__name__, e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)


add3 = Adder(3)
print(add3(1), add3(1, twice=True), callable(add3), callable(Adder), callable(3))
print(list(map(add3, [1, 2])))
try:
    add3(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    L(1)()
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
alias = lst
lst *= Idx(3)
print(lst, alias is lst, Idx(2) * "ab", b"x" * Idx(2), (0,) * Idx(1))


class RMul:
    def __index__(self):
        return 2

    def __rmul__(self, other):
        return "RMul.__rmul__ first"


print([1] * RMul(), "s" * RMul())
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
