# str.format's plain {} fields (exact strs and 64-bit ints written straight into the result) next
# to the values that keep the general path: subclasses with __str__/__format__, bool, big ints,
# floats, None, conversions and specs; errors half-way through a template.
class Tag(str):
    def __format__(self, spec):
        return "tag(" + str.__str__(self) + ")" + spec


class Quiet(str):
    def __str__(self):
        return "quiet"


class Num(int):
    def __format__(self, spec):
        return "num" + spec


class Sub(int):
    pass


print("{}-{}-{}".format("a", 12, -9223372036854775808))
print("{0}|{1}|{0}|{2}".format("x", 2 ** 63, -(2 ** 63) - 1))
print("{}/{}/{}/{}/{}".format(Tag("t"), Quiet("q"), Num(3), Sub(4), True))
print("{} {} {} {!r} {!s}".format(None, 1.5, [1, "a"], "r", Quiet("s")))
print("{a}:{b}:{a:>4}:{b:04d}".format(a="k", b=-7))
print("{:}|{}|{}".format("empty spec", 0, -1))
print("{0[1]} {1.real} {2}".format("xyz", 5, "end"))
for args in [(1,), ("a", "b")]:
    try:
        print("{} and {} and {}".format(*args))
    except IndexError as e:
        print("IndexError", e)
try:
    print("{} {:d}".format(1, "s"))
except ValueError as e:
    print("ValueError", e)
print("{}".format("x" * 3) + "{}{}".format(10 ** 20, -5))
