# Matching parsed command lines and mixed-type tuples, with constants from a class namespace.
class Status:
    OK = 200
    NOT_FOUND = 404
    ERROR = 500

def http(status):
    match status:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case 401 | 403:
            return "not allowed"
        case int(code) if 500 <= code < 600:
            return f"server error {code}"
        case _:
            return "unknown"

for s in [200, 404, 401, 403, 500, 503, 302, "200"]:
    print(s, http(s))

def run(line):
    match line.split():
        case ["add", name, value] if value.isdigit():
            return ("add", name, int(value))
        case ["add", *_]:
            return ("error", "add needs a name and a number")
        case ["del" | "rm" | "remove", *names] if names:
            return ("delete", tuple(names))
        case ["list"]:
            return ("list",)
        case ["set", key, "=", *value]:
            return ("set", key, " ".join(value))
        case [cmd, *args]:
            return ("unknown", cmd, len(args))
        case []:
            return ("empty",)

for line in ["add x 5", "add x five", "add", "rm a b", "del", "list", "set name = John Smith", "frobnicate 1 2", "   "]:
    print(repr(line), run(line))

def pairs(values):
    out = []
    for v in values:
        match v:
            case (str() as k, int() | float() as n):
                out.append(f"{k}={n}")
            case (str() as k, None):
                out.append(f"{k} unset")
            case (str() as k, bool(flag)):
                out.append(f"{k} flag {flag}")
            case (k, v) if k == v:
                out.append(f"same {k}")
            case {"k": k, **rest}:
                out.append(f"dict k={k} rest={sorted(rest)}")
            case _:
                out.append("?")
    return out

print(pairs([("a", 1), ("b", 2.5), ("c", None), ("d", True), (3, 3), {"k": 1, "z": 2, "y": 3}, (1, 2), "x"]))
