# Binary operators between instances of classes and numbers: the dunder protocol (reflected
# methods, a subclass's reflected method first, NotImplemented, in-place fallbacks, errors),
# on operands the compiler keeps as numbers where it can.


class V:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x)
        if isinstance(o, (int, float)):
            return V(self.x - o)
        return NotImplemented

    def __rsub__(self, o):
        return V(o - self.x)

    def __mul__(self, k):
        return V(self.x * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __rsub__(self, o):
        return "W.__rsub__"


def diff(a, b):
    return a - b


def scaled(a, k):
    return a * k + a * 0.5 if False else a * k


print(diff(V(5), V(2)), diff(V(5), 2), diff(5, V(2)), diff(2.5, V(1)))
print(diff(V(5), W(1)), diff(W(5), V(1)))
print(scaled(V(3), 2), scaled(2, V(3)), scaled(V(1.5), 1.5))
for n in range(3):
    t = n - V(n)
    t -= 1
    print(t, n * 2 - n)
try:
    diff(V(1), "s")
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) + V(2)
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, o):
        self.total += o
        return self


a = Acc()
for k in range(4):
    a += k
print(a.total)

# A method patched onto the class at run time is used by the next operation.
V.__sub__ = lambda self, o: "patched"
print(diff(V(1), V(2)))
del V.__sub__
try:
    print(diff(V(1), V(2)))
except TypeError as e:
    print("TypeError:", e)
V.__sub__ = lambda self, o: V(self.x - (o.x if isinstance(o, V) else o))
print(diff(V(1), V(2)), diff(W(3), 1))
