# A small expression evaluator written with match: recursion over nested tuples and classes.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case BinOp("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case ("neg", inner):
            return -evaluate(inner, env)
        case [("sum" | "total"), *terms]:
            return sum(evaluate(t, env) for t in terms)
        case int() | float():
            return node
        case _:
            raise TypeError(f"cannot evaluate {node!r}")

env = {"x": 4, "y": 10}
expressions = [
    Num(3),
    BinOp("+", Num(1), Var("x")),
    BinOp("*", Var("y"), BinOp("+", Num(2), Num(3))),
    BinOp("*", Var("missing"), Num(0)),
    ("neg", Var("y")),
    ["sum", 1, 2, Var("x"), ("neg", 3)],
    ("total",),
    2.5,
    BinOp("-", Num(1), Num(2)),
    Var("nope"),
    "text",
]
for e in expressions:
    try:
        print(evaluate(e, env))
    except Exception as err:
        print(type(err).__name__, err)

def simplify(node):
    match node:
        case BinOp("+", Num(0), other) | BinOp("+", other, Num(0)):
            return simplify(other)
        case BinOp("*", Num(1), other) | BinOp("*", other, Num(1)):
            return simplify(other)
        case BinOp(op, left, right):
            return BinOp(op, simplify(left), simplify(right))
        case _:
            return node

def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"

print(show(simplify(BinOp("+", Num(0), BinOp("*", Var("a"), Num(1))))))
print(show(simplify(BinOp("*", BinOp("+", Var("b"), Num(0)), Var("c")))))
