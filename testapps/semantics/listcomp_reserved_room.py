# A list comprehension with one loop and no condition over a list, tuple or range takes room for an
# item per source item up front; the result must not depend on it: sources that grow or shrink while
# the comprehension runs, a body that raises early (also over a huge range), big ranges, subclasses,
# and every other source as before.
xs = [1, 2, 3]
print([x * 2 for x in xs], [x for x in (4, 5, 6)], [i * i for i in range(5)], [i for i in range(10, 0, -3)])

grow = [1, 2, 3]
print([(grow.append(x + 10) if len(grow) < 8 else None, x)[1] for x in grow], grow)

shrink = list(range(10))
print([shrink.pop() for x in shrink], shrink)

try:
    print([1 // (i - 3) for i in range(10**15)])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

try:
    print([x.upper() for x in ("a", "b", 3)])
except AttributeError as e:
    print("AttributeError:", e)

print([i - 2**64 for i in range(2**64, 2**64 + 3)], [i for i in range(0)], [x for x in []], [x for x in ()])


class L(list):
    def __iter__(self):
        yield from (10, 20)


print([x for x in L([1, 2, 3])], [x for x in {"a": 1, "b": 2}], [x for x in "hey"], [x for x in (y * 3 for y in range(3))])
print([x for x in xs if x > 1], [(x, y) for x in xs for y in (7, 8)], [[y for y in range(x)] for x in range(4)])

big = [x % 7 for x in range(100000)]
again = [x + 1 for x in big]
print(len(big), len(again), sum(again), again[-3:])
again.append(5)
again.extend([6, 7])
print(len(again), again[-4:])

t = tuple(range(50))
copy = [v for v in t]
copy[0] = -1
print(copy[:3], len(copy), t[:3])
