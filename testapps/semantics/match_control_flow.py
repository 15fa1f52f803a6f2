# match inside loops, functions, generators, closures, class bodies and try statements.
def first_negative(values):
    for v in values:
        match v:
            case int(n) if n < 0:
                return n
            case "stop":
                break
            case "skip":
                continue
            case _:
                print("saw", v)
    else:
        return "no negative"
    return "stopped"

print(first_negative([1, 2, -3, 4]))
print(first_negative([1, "skip", "stop", -1]))
print(first_negative([5]))

def tokens(items):
    for item in items:
        match item:
            case (name, value):
                yield f"{name}={value}"
            case str(word):
                yield word.upper()
            case _:
                yield "?"

print(list(tokens([("a", 1), "b", 3, ("c", (1, 2))])))

def make_matcher(expected):
    def matcher(value):
        match value:
            case [first, *_] if first == expected:
                return True
        return False
    return matcher

m = make_matcher(3)
print(m([3, 1]), m([1, 3]), m([]))

# Captures inside a nested function are locals of that function; closures see them.
def outer(v):
    match v:
        case [a, b]:
            pass
    def inner():
        return a + b
    return inner()
print(outer([1, 2]))

class Config:
    match {"mode": "fast"}:
        case {"mode": mode}:
            speed = 10 if mode == "fast" else 1
print(Config.mode, Config.speed)

# Captures at module level are globals.
match (10, 20):
    case (gx, gy):
        pass
def read_globals():
    return gx + gy
print(read_globals())

# Errors raised by a case body propagate through enclosing handlers.
try:
    match [1, 2]:
        case [a, b]:
            raise ValueError(f"bad pair {a} {b}")
except ValueError as e:
    print(type(e).__name__, e)

# while loop with a match deciding the state.
state = "start"
steps = 0
while True:
    steps += 1
    match state:
        case "start":
            state = "middle"
        case "middle":
            state = "end"
        case "end":
            break
print("steps", steps)

# match on the result of a walrus and a nested match.
data = [("add", 1, 2), ("neg", 5), ("mul", 3, 4), ("bad",)]
for op in data:
    match op:
        case (("add" | "mul") as name, x, y):
            match name:
                case "add":
                    print(x + y)
                case "mul":
                    print(x * y)
        case ("neg", x):
            print(-x)
        case (name, *args):
            print("unknown", name, args)
