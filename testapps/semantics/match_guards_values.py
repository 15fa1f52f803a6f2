# match guards with side effects, dotted value patterns, literals incl. None/True, nested patterns.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Cfg:
    LIMIT = 10
    NAME = "cfg"


log = []


def check(tag, result):
    log.append(tag)
    return result


def classify(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1.0:
            return "one-ish"
        case Color.RED:
            return "red"
        case Cfg.LIMIT:
            return "limit"
        case Cfg.NAME:
            return "name"
        case -5 | 5:
            return "five"
        case 1 + 2j:
            return "complex"
        case b"raw":
            return "bytes"
        case "a" "b":
            return "ab"
        case x if check("g1", isinstance(x, int) and x > 100):
            return "big"
        case x if check("g2", False):
            return "never"
        case _:
            return "other"


for v in (None, True, False, 0, 1, 1.0, Color.RED, Color.GREEN, 10, "cfg", 5, -5, 1 + 2j, b"raw", "ab",
          500, 50):
    print(repr(v), "->", classify(v))
print(log)


def nested(cmd):
    match cmd:
        case {"op": "move", "to": [x, y]} if x >= 0 and y >= 0:
            return f"move to {x},{y}"
        case {"op": "move", "to": [_, _]}:
            return "move out of bounds"
        case {"op": "batch", "items": [{"op": str(first)}, *rest]}:
            return f"batch starting with {first} plus {len(rest)}"
        case {"op": op, **rest} if rest:
            return f"{op} with extra {sorted(rest)}"
        case {"op": op}:
            return f"bare {op}"
        case [("add" | "sub") as op, int(a), int(b)]:
            return f"{op} {a} {b}"
        case [[1, *inner], *outer]:
            return f"inner {inner} outer {outer}"
        case _:
            return "unknown"


for c in ({"op": "move", "to": [1, 2]}, {"op": "move", "to": [-1, 2]}, {"op": "move", "to": (1, 2, 3)},
          {"op": "batch", "items": [{"op": "a"}, {}, {}]}, {"op": "x", "k": 1, "j": 2}, {"op": "y"},
          ["add", 1, 2], ["mul", 1, 2], [[1, 2, 3], 4, 5], [[2]], "str"):
    print(nested(c))

counter = 0


def bump():
    global counter
    counter += 1
    return counter


for item in range(4):
    match item:
        case n if bump() and n % 2 == 0:
            print("even", n, counter)
        case n:
            print("odd", n, counter)

match 1:
    case True:
        print("1 matched True?")
    case 1:
        print("1 is not True in patterns")
match 0.0:
    case 0:
        print("0.0 equals 0")
match True:
    case 1:
        print("True equals 1")
