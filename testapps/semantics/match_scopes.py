# Where match binds names: locals, globals, class bodies, closures, nonlocal and comprehensions.
def collect(items):
    found = []
    for item in items:
        match item:
            case {"id": ident, "tags": [*tags]}:
                found.append((ident, tags))
    # The last successful capture stays bound after the loop.
    return found, ident, tags

print(collect([{"id": 1, "tags": ["a"]}, {"id": 2, "tags": []}, {"other": 3}]))

counter = 0
def bump(event):
    global counter
    match event:
        case ("inc", counter):
            pass
        case "reset":
            counter = 0
bump(("inc", 5))
print(counter)
bump("reset")
print(counter)

def outer():
    total = 0
    def add(v):
        nonlocal total
        match v:
            case int(total):
                pass
    add(7)
    return total
print(outer())

def make():
    match (1, 2):
        case (a, b):
            return lambda: a * 10 + b
print(make()())

class Shape:
    match ("circle", 3):
        case (kind, size):
            description = f"{kind} of size {size}"
print(Shape.kind, Shape.size, Shape.description)

# The capture of a failed pattern is not bound; an earlier binding is kept.
value = "before"
match [1, 2, 3]:
    case [value, 0, 0]:
        pass
    case _:
        pass
print(value)

# Walrus in a guard binds too.
match 10:
    case n if (doubled := n * 2) > 15:
        print(n, doubled)
