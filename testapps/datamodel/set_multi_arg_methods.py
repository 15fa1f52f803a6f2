# set methods taking several iterables, in-place variants, and operators needing sets.
s = {1, 2, 3}
print(s.union([4], (5,), "a"), s.intersection([1, 2], {2, 3}), s.difference([1], [2]), s.symmetric_difference([3, 4]))
print(s.union(), s.intersection(), s.difference(), s.issubset([1, 2, 3, 4]), s.issuperset((1,)))
t = set(s)
t.update([9], {8}, "x")
print(sorted(t, key=str))
t.intersection_update([1, 2, 9, "x"], {1, 9, "x"})
print(sorted(t, key=str))
t.difference_update([1], ["x"])
print(t)
t.symmetric_difference_update({9, 10})
print(t)
for op in (lambda: s | [4], lambda: s & (1,), lambda: s - [1], lambda: s ^ "ab", lambda: s <= [1]):
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.symmetric_difference([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
for method in ("remove", "discard"):
    u = {1}
    try:
        print(getattr(u, method)(5), u)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1}.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
print({1}.discard({1}), {frozenset([1])} - {frozenset([1])}, {1, 2}.isdisjoint([3]), {1}.isdisjoint("1"))
v = {1, 2}
v |= {3}
v &= {1, 3, 4}
v -= {1}
v ^= {5}
print(v, v.copy() == v, v.copy() is v)
