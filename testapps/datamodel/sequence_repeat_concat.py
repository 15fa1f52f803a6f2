# Repetition and concatenation: type rules, negative counts, __index__, errors and identity.
print([1, 2] * 2, 2 * (1,), "ab" * 3, b"x" * 2, bytearray(b"y") * 2, [0] * -1, "s" * 0, () * 5)
print([1] + [2], (1,) + (2,), "a" + "b", b"a" + bytearray(b"b"), bytearray(b"a") + b"b")
for op in (lambda: [1] + (2,), lambda: (1,) + [2], lambda: "a" + 1, lambda: b"a" + "b", lambda: [1] * 1.5, lambda: "a" * "b", lambda: [1] * (2 ** 100)):
    try:
        print(op())
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)


class Three:
    def __index__(self):
        return 3


print("ab" * Three(), Three() * [0], (1,) * Three())
t = (1, 2)
print(t * 1 is t, t + () is t, "abc" * 1 == "abc", [1] * 1 is not [1])
x = [1]
y = x
x *= 2
print(x, y, x is y)
s = "ab"
s *= 2
print(s)
lst = [[]] * 3
lst[0].append("shared")
print(lst)
print(list("ab") + list(range(2)), [*"ab", *range(2)], ("x",) * 2 + ("y",))
try:
    [].__add__(())
    print([].__add__(()))
except TypeError as e:
    print(type(e).__name__, e)
print([1].__mul__(2), "a".__rmul__(3), (1, 2).__add__((3,)))
