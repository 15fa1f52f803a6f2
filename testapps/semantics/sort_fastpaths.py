# list.sort / sorted over keys of one builtin type (ints, floats, strs, tuples) and mixes:
# the order and stability must be Python's '<' in every case.
print(sorted([5, -3, 2**63, -(2**70), 0, 7, 2**63 - 1, -(2**63)]))
print(sorted([3, True, 2, False, 1, 0]))  # bools compare as ints; stable among equals
print(sorted([2.5, -0.0, 0.0, 1e300, -1e-300, 3]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))        # NaN makes no pair ordered: insertion order shapes it
print(sorted([nan, 2.0, 1.0]))
print(sorted(["b", "a", "\U0001F600", "\uffff", "\ue000", "A", ""]))
print([hex(ord(c)) for c in sorted(["\U00010000", "\uffff", "\ud7ff", "\ue000"])])

# Tuples: first items decide, then the rest (stability by index among full ties).
rows = [(1, "b", 0), (0, "z", 1), (1, "a", 2), (1, "b", 3), (0, "z", 4)]
print(sorted(rows))
print(sorted(rows, key=lambda r: (r[0], r[1])))
print(sorted(rows, key=lambda r: (r[1], -r[0]), reverse=True))
print(sorted([(nan, 1), (nan, 0), (1.0, 5)]))
print(sorted([(-0.0, "b"), (0.0, "a")]))
print(sorted([("x", 2), ("x", 1), ("w", 9)], reverse=True))
print(sorted([(1,), (1, 0), (0, 5, 5), ()]))

# Keys with a stable order of equal keys, forward and reverse.
words = ["pear", "fig", "apple", "kiwi", "plum", "date"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))

# Mixed types raise as Python's '<' does.
for bad in ([1, "a"], [(1, 2), (1, "x")], [1.0, None], [("a",), (1,)]):
    try:
        print(sorted(bad))
    except Exception as e:
        print(type(e).__name__, e)

# Subclasses keep their own '<'.
class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)

print(sorted([Rev(1), Rev(3), Rev(2)]))

class Loud(str):
    def __lt__(self, other):
        return len(self) < len(other)

print(sorted([Loud("ccc"), Loud("a"), Loud("bb")]))
print(sorted([(Rev(1), 0), (Rev(3), 1), (Rev(2), 2)]))

# Big ints among small ones, sorted in place, and a key that raises.
nums = [10**20, 3, -(10**20), 2**64, 1]
nums.sort()
print(nums)
try:
    sorted([1, 2, 0], key=lambda v: 10 // v)
except Exception as e:
    print(type(e).__name__, e)
