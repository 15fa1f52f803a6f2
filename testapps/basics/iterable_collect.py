# list(), tuple(), sorted() and str.join() of iterators: those that know how many items are left
# (over a list, tuple or range, enumerate and zip over such) and those that do not (generators,
# map), past the sizes where the runtime's collecting buffer starts new segments.
def gen(n):
    for i in range(n):
        yield i


for n in (0, 1, 7, 8, 9, 16383, 16384, 16385, 32768, 32769, 40000):
    a = list(gen(n))
    t = tuple(gen(n))
    assert a == list(range(n)) and t == tuple(range(n)), n
    print(n, len(a), len(t), a[-1:], t[-2:], sum(a) == sum(range(n)))
    # Generator expressions straight in the call: the fused loops collect the same way.
    fa = list(x for x in range(n))
    ft = tuple(x * 2 for x in gen(n) if x % 3)
    fs = sorted((-x for x in gen(n)), key=abs)
    print(fa == a, ft == tuple(x * 2 for x in a if x % 3), len(ft), fs[-1:], fa is not a, type(ft).__name__)

xs = list(range(20000))
it = iter(xs)
next(it), next(it)
rest = list(it)
print(len(rest), rest[:3], rest[-1], list(it))

ti = iter(tuple("abcdef"))
next(ti)
print(tuple(ti), tuple(ti))

print(list(range(10, -10, -3)), tuple(range(5, 5)), list(range(0, 40000, 7))[-1])
ri = iter(range(100000))
for _ in range(99998):
    next(ri)
print(list(ri), list(ri))

e = list(enumerate(iter(xs), -5))
print(len(e), e[0], e[-1])
ei = enumerate("abc")
next(ei)
print(list(ei), list(ei))

z = list(zip(range(30000), xs, "ab" * 20000))
print(len(z), z[0], z[-1])
print(list(zip()), list(zip(range(3), gen(10))), list(zip(gen(2), range(5))))
try:
    list(zip(range(3), [1, 2], strict=True))
except ValueError as exc:
    print("ValueError:", exc)
try:
    list(zip([1, 2], range(3), strict=True))
except ValueError as exc:
    print("ValueError:", exc)

print(sorted(gen(20000), reverse=True)[:3], sorted(iter([3, 1, 2])))
print(len("".join(str(i % 10) for i in gen(40000))), "-".join(iter(["a", "b"])))
print(list(map(lambda v: v * 2, range(5))), tuple(map(str, iter(xs[:3]))))

# A list that grows while its iterator is drained by a generator in between.
grow = [1, 2, 3]


def feeding(src):
    for v in src:
        if v < 6:
            grow.append(v + 3)
        yield v


print(list(feeding(iter(grow))))


class Hinted:
    def __iter__(self):
        return iter([1, 2, 3])

    def __len__(self):
        print("len called")
        return 99


print(list(Hinted()), tuple(Hinted()))


def failing():
    yield 1
    raise KeyError("boom")


try:
    list(failing())
except KeyError as exc:
    print("KeyError", exc)
