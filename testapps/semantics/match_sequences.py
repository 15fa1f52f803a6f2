# Sequence patterns: fixed length, star captures, nesting, and what counts as a sequence.
from collections import deque

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case [1, *_]:
            return "starts with 1"
        case (*rest, "end"):
            return f"ends with end after {rest!r}"
        case _:
            return "not matched"

for v in [[], (), [1], (2,), [1, 2], (3, 4), [1, 2, 3], (1, 2, 3, 4), [1, 2, 3, 4, 5, 6],
          [9, 8, 7, 6, 5, "end"], "ab", "a", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, range(2), range(5),
          deque([7]), deque([1, 2, 3, 4, 5]), 5, None]:
    print(repr(v), "->", seq(v))

# A star capture is always a new list.
match (1, 2, 3):
    case (a, *b):
        print(type(b).__name__, b)
match [1]:
    case [a, *b]:
        print(a, b)
match range(10):
    case [*head, 8, 9]:
        print(head)

# Nested sequences.
points = [(0, 0), (1, 0), (0, 1), (2, 3), [4, [5, 6]], (7,)]
for p in points:
    match p:
        case (0, 0):
            print("origin")
        case (x, 0):
            print("on x axis at", x)
        case (0, y):
            print("on y axis at", y)
        case [x, [y, z]]:
            print("nested", x, y, z)
        case (x, y):
            print("point", x, y)
        case other:
            print("something else", other)

# Sub-patterns are tested left to right and stop at the first mismatch.
class Loud:
    def __init__(self, name, result):
        self.name = name
        self.result = result
    def __eq__(self, other):
        print("compare", self.name, "with", other)
        return self.result

class V:
    a = Loud("a", True)
    b = Loud("b", False)
    c = Loud("c", True)

match [1, 2, 3]:
    case [V.a, V.b, V.c]:
        print("matched")
    case [V.a, *_, V.c]:
        print("second case")

# Star in the middle with a wildcard.
match [1, 2, 3, 4, 5]:
    case [1, *_, 4, 5]:
        print("wildcard star")

# A list of strings is a sequence; a string is not one.
match ["a", "b"]:
    case [str(a), str(b)]:
        print("two strings", a, b)
match "ab":
    case [a, b]:
        print("string matched as sequence")
    case str(s):
        print("string", s)

# An iterator is not a sequence.
match iter([1, 2]):
    case [a, b]:
        print("iterator matched")
    case _:
        print("iterator is not a sequence")
