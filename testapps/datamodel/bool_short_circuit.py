# and/or return operands, evaluation stops early; not, chained comparisons evaluate once.
calls = []


def val(x):
    calls.append(x)
    return x


print(val(0) and val(1), calls)
calls.clear()
print(val(2) and val(3), calls)
calls.clear()
print(val("") or val([]) or val("last"), calls)
calls.clear()
print(val(None) or val(0), calls)
calls.clear()
print(1 < val(2) < val(3) > val(0), calls)
calls.clear()
print(5 < val(2) < val(3), calls)
print(not [], not [0], not None, not 0.0, not "0", (not 1) == False)
print([] or {}, "" and 1, 0 or 0.0, 3 and "x" or "y", 0 and "x" or "y", None or [] or ())
x = 0
result = x == 0 or 1 / x
print(result)
print(all(v for v in [1, 2, 0, val(9)]), any(x > 2 for x in [1, 3]))


class Loud:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        print("bool of", self.name)
        return self.truth

    def __repr__(self):
        return self.name


print(Loud("a", False) or Loud("b", True))
print(Loud("c", True) and Loud("d", False))
print(not Loud("e", True))
if Loud("f", True) and Loud("g", True):
    print("both")
y = Loud("h", False) or "fallback"
print(y)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
