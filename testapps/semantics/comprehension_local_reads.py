# Reads inside comprehensions: their own variables, the enclosing scope's, and the ones that can
# still be unbound (read before the loop that binds them, or a local of the enclosing function
# that is not bound yet or was deleted).


def own_variables(xs):
    pairs = [(x, y) for x in xs if x for y in range(x) if y != x]
    squares = {x: x * x for x in xs}
    flat = {y for x in xs for y in (x, -x)}
    lazy = list(x + 1 for x in xs if x)
    return pairs, squares, sorted(flat), lazy


def read_before_bound():
    try:
        return [z for x in [1] if z for z in [2]]
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


def nested_shadow(xs):
    # The inner x is the inner comprehension's own; the outer one is still read after it.
    return [[x for x in range(x)] + [x] for x in xs]


def nested_shadow_unbound():
    try:
        return [[x for y in [1] if x for x in [2]] for x in [3]]
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


def enclosing_unbound(flag):
    if flag:
        k = 10
    try:
        return [k + i for i in range(2)]
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


def enclosing_deleted():
    k = 1
    del k
    try:
        return [k for i in range(2)]
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


def enclosing_bound_later():
    out = []
    for i in range(3):
        out.append([i * j for j in range(i)])
    total = sum(len(r) for r in out)
    return out, total


def walrus_in_comprehension(xs):
    found = [y for x in xs if (y := x * 2) > 2]
    return found, y


def generator_later(xs):
    gen = (x * scale for x in xs)
    scale = 3
    return list(gen)


def generator_never_bound(xs):
    gen = (x * missing for x in xs)
    try:
        return list(gen)
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    missing = 1


def in_except_handler():
    try:
        raise KeyError("k")
    except KeyError as e:
        return [str(e) + str(i) for i in range(2)]


def lambdas_keep_cells():
    fs = [lambda: x for x in range(3)]
    gs = [(lambda y=x: y) for x in range(3)]
    return [f() for f in fs], [g() for g in gs]


class Body:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    pairs = {b: [c for c in range(b)] for b in base}
    try:
        bad = [base for _ in range(1)]
    except NameError as e:
        bad = str(e)


top = [t * 2 for t in range(4) if t]
try:
    top_bad = [u for t in [1] if u for u in [2]]
except UnboundLocalError as e:
    top_bad = str(e)

print(own_variables([0, 1, 2, 3]))
print(read_before_bound())
print(nested_shadow([1, 2, 3]))
print(nested_shadow_unbound())
print(enclosing_unbound(True), enclosing_unbound(False))
print(enclosing_deleted())
print(enclosing_bound_later())
print(walrus_in_comprehension([1, 2, 3]))
print(generator_later([1, 2]))
print(generator_never_bound([1, 2]))
print(in_except_handler())
print(lambdas_keep_cells())
print(Body.doubled, Body.pairs, Body.bad)
print(top, top_bad)
x = "module x"
print([x for x in range(2)], x)
