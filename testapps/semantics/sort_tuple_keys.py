# Sorting tuples and strs: the native comparisons must give Python's order, stability and errors.
class Loud(int):
    def __lt__(self, other):
        print("Loud.__lt__", int(self), int(other))
        return int(self) < int(other)

    def __eq__(self, other):
        return int(self) == int(other)

    __hash__ = int.__hash__


recs = [("b", 2, "x"), ("a", 3, "y"), ("b", 1, "z"), ("a", 3, "w"), ("b", 2, "a")]
print(sorted(recs))
print(sorted(recs, reverse=True))
print(sorted(recs, key=lambda r: (r[0], -r[1])))
print(sorted([(1, 2.5), (1, 2), (1, float("nan")), (0, 9)]))
print(sorted([(1, "a"), (1, 1.5), (0, "z")], key=lambda t: t[0]))
try:
    print(sorted([(1, "a"), (1, 2)]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sorted([(1, 2), ("a", 2)]))
except Exception as e:
    print(type(e).__name__, e)
print(sorted([(1, Loud(5)), (1, Loud(3)), (0, Loud(9))]))
print(sorted([(2**70, 1), (2**70, 0), (-(2**70), 5)]))
print(sorted([(True, 1), (1, 0), (False, 2)]))
# strs sharing long prefixes, differing lengths, NUL and astral characters
words = ["prefix_", "prefix_\x00", "prefix_a", "prefix_\U0001f600", "prefix_\uffff", "prefix_ab", "prefix_\ud7ff", "prefix_"]
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)])
print(sorted(["same", "same", "sam", "samf", "same\x00"]))
print(sorted([("k%d" % (i % 7), i) for i in range(20)], key=lambda t: (t[0], -t[1])))
print(sorted([("\U0001f600", 1), ("\uffff", 2), ("\ue000", 3), ("\ud7ff", 4)]))
nan = float("nan")
t = (nan, 1)
print(sorted([t, (0.0, 2), t]))
print(sorted([((1, 2), "b"), ((1, 1), "a"), ((0, 5), "c")]))
