# Or-patterns and as-patterns, alone and nested.
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit" | "bye"] as words:
            return f"bye ({words})"
        case [("look" | "l") as verb, *rest] as whole:
            return f"{verb} {rest} {whole}"
        case []:
            return "nothing"
        case _:
            return "what?"

for c in ["go north", "go up", "pick up lamp", "take sword", "drop a b", "drop", "quit", "bye", "look",
          "l around", "", "dance"]:
    print(repr(c), "->", classify(c))

# Alternatives that bind the same names at different positions.
for v in [(1, "a"), ("b", 2), (3, 3), [4], {"k": 5}]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("int and str", n, s)
        case [n] | {"k": n}:
            print("single", n)
        case (a, b) as pair:
            print("pair", a, b, pair)

# The first alternative that matches wins, and binds.
match [1, 2]:
    case [x, 2] | [1, x]:
        print("x is", x)

# An as-pattern around a class pattern and a sequence.
class Box:
    __match_args__ = ("content",)
    def __init__(self, content):
        self.content = content
    def __repr__(self):
        return f"Box({self.content!r})"

match Box([1, Box(2)]):
    case Box([1, Box(inner) as b2] as lst) as outer:
        print(inner, b2, lst, outer)

# or-pattern of literals and singletons.
for v in [None, 0, False, "", 1]:
    match v:
        case None | False:
            print(repr(v), "None or False")
        case 0 | "":
            print(repr(v), "zero or empty")
        case _:
            print(repr(v), "something")
