import copy

print(issubclass(copy.Error, Exception), copy.error is copy.Error)


class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("NoCopy objects cannot be copied")


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoCopy())
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)


class StrReduce:
    def __reduce_ex__(self, proto):
        return "global_name"


print(copy.copy(StrReduce()) == "global_name" or "not same")


class CopyRaises:
    def __copy__(self):
        raise copy.Error("refused shallow")

    def __deepcopy__(self, memo):
        raise copy.Error("refused deep, memo is " + type(memo).__name__)


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(CopyRaises())
    except copy.Error as e:
        print(fn.__name__, "copy.Error", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


pts = [Point(1, [2]), Point(3, 4)]
dc = copy.deepcopy(pts)
print(dc, dc[0].y is pts[0].y, dc[0] is pts[0])


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.n = Counter.count

    def __deepcopy__(self, memo):
        print("deepcopy called, memo has self:", id(self) in memo)
        new = Counter()
        memo[id(self)] = new
        return new


c = Counter()
pair = copy.deepcopy([c, c])
print(pair[0] is pair[1], pair[0].n, Counter.count)

x = [1]
try:
    copy.deepcopy(x, memo="notadict")
except Exception as e:
    print(type(e).__name__, e)
try:
    copy.copy()
except Exception as e:
    print(type(e).__name__, e)


class Weird:
    __copy__ = None


try:
    print(type(copy.copy(Weird())).__name__)
except Exception as e:
    print(type(e).__name__, e)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
