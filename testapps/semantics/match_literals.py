# Literal, singleton, capture and wildcard patterns, with guards.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1j:
            return "imaginary"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return "other"

for v in [0, 1, 3, -1, 2.5, 1j, "hi", "hello", b"raw", None, True, False, 1.0, 0.0, 500, 50, "x", [], (), 3.0]:
    print(repr(v), describe(v))

# A failed guard leaves the capture bound.
match 5:
    case y if y > 10:
        print("no")
    case z:
        print("y is", y, "z is", z)

# Captures are not bound when the pattern fails part way.
def partial():
    match (1, 2):
        case (a, 3):
            pass
        case _:
            pass
    try:
        print(a)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
partial()

# Equality decides value patterns, not identity.
class Eq:
    def __eq__(self, other):
        print("eq called with", other)
        return True

class Holder:
    value = Eq()

match 42:
    case Holder.value:
        print("matched by __eq__")

nan = float("nan")
class N:
    nan = nan
match nan:
    case N.nan:
        print("nan matched")
    case _:
        print("nan is not equal to itself")

# The subject is evaluated once.
def subject():
    print("evaluating subject")
    return 7
match subject():
    case 1: print(1)
    case 2: print(2)
    case 7: print(7)

# No case matches: nothing happens.
match "nothing":
    case "a": print("a")
print("done")

# match and case are soft keywords.
match = 3
case = 4
print(match, case)
match (match, case):
    case (3, c):
        print("soft keywords", c)
