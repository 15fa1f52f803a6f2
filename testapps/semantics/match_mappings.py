# Mapping patterns: keys, values, **rest, get() and what counts as a mapping.

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"unknown type {t} rest {rest}"
        case {}:
            return "some mapping without type"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1},
          {"type": "key", "key": "a"}, {"type": "key", "key": "b", "mod": "shift"},
          {"type": "key", "key": 5}, {"type": "scroll", "dy": 3}, {}, {"other": 1},
          [("type", "click")], "type", None]:
    print(handle(e))

# The rest is a new dict, in the subject's order, without the matched keys.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"c": 3, "a": _, **others}:
        print(others, type(others).__name__)
        others["x"] = 1
print(d)

match {}:
    case {**everything}:
        print("empty rest", everything)

# Keys can be numbers, None, True and dotted names.
class K:
    ONE = 1
    NAME = "name"
m = {1: "one", None: "nothing", True: "yes", "name": "n", 2.5: "float"}
match m:
    case {K.ONE: a, None: b, K.NAME: c, 2.5: f}:
        print(a, b, c, f)

# A subject with fewer items than keys fails before any lookup.
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 1}:
        print("one key is enough")

# Duplicate keys through value patterns are a ValueError at run time.
class Dup:
    A = "k"
    B = "k"
try:
    match {"k": 1, "j": 2}:
        case {Dup.A: 1, Dup.B: 1}:
            print("no")
except ValueError as e:
    print(type(e).__name__, e)

# Values are matched with sub-patterns of every kind.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": str(host), "ports": [first, *more]}, "debug": True}:
        print(host, first, more)
