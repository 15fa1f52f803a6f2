# and/or as values and as conditions: each operand's truth is asked once, the value is the
# operand itself, and comparisons mixed with objects keep their results.


class Loud:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("bool", self.name)
        return self.value

    def __repr__(self):
        return self.name


a, b, c = Loud("a", False), Loud("b", True), Loud("c", True)

if a and b:
    print("yes")
else:
    print("no")
if a or b:
    print("yes")
while b and a:
    print("never")
print(not (a or c))
x = a and b
print("x", x)
x = b and c
print("x", x)
x = a or c
print("x", x)
x = 1 < 2 and b
print("x", x)
x = 1 > 2 or c
print("x", x)
x = 1 > 2 or 3 > 2
print("x", x)
x = 1 < 2 and 3 < 2
print("x", x)
x = (1 < 2) and (2 < 3) and (3 < 4)
print("x", x)
x = (1 > 2) or [] or 0 or ""
print("x", repr(x))
x = not a and not b
print("x", x)
y = [v for v in range(10) if v > 2 and v % 2 or v == 0]
print(y)
if (a or b) and (c and b):
    print("both")
n = None
print(n is None and "none", n is not None or "not none")
print([i for i in range(5) if i and i != 3])


class Bad:
    def __bool__(self):
        return 2


try:
    if Bad() and True:
        print("unreachable")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 < 2 and Bad() or 0)
except Exception as e:
    print(type(e).__name__, e)
