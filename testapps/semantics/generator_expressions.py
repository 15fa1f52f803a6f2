xs = [1, 2, 3, 4]
print(sum(x * x for x in xs))
print(list(x for x in xs if x % 2))
g = (a * b for a in range(3) for b in range(3) if a != b)
print(type(g).__name__, list(g), list(g))

def scale(k):
    gen = (x * k for x in xs)
    k = 100
    return list(gen)
print(scale(2))

def first_error():
    return list(1 / x for x in [1, 0])
try:
    first_error()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(any(x > 3 for x in xs), all(x > 0 for x in xs), max(x for x in xs))
print(", ".join(str(x) for x in xs))
gen = (i for i in range(3))
print(next(gen), next(gen), next(gen), next(gen, "end"))
print(repr((x for x in [])).startswith("<generator object <genexpr> at 0x"))
