# int * int around the 32-bit fast path and the 64-bit overflow into big ints, by every route:
# plain operands, numbers kept unboxed in a function, int.__mul__, *=, and a subclass.
import operator

edges = [0, 1, -1, 2, -2, 3, 2**31 - 1, 2**31, -(2**31), -(2**31) - 1, 2**32 - 1, 2**32,
         -(2**32), 2**62, -(2**62), 2**63 - 1, -(2**63), 3037000499, 3037000500, -3037000500]

def unboxed(a, b):
    x = a + 0
    y = b + 0
    p = x * y
    p *= 1
    return p + 0

for a in edges:
    for b in edges:
        p = a * b
        q = unboxed(a, b)
        r = int.__mul__(a, b)
        s = operator.mul(a, b)
        t = a
        t *= b
        assert p == q == r == s == t, (a, b)
        print(a, b, p, type(p).__name__, p.bit_length(), -p == (-a) * b)

class Big(int):
    def __mul__(self, other):
        return ("mul", int(self), other)

print(Big(2**31) * 2**31)
print(2**31 * Big(2**31))

def square(n):
    total = 1
    for i in range(n):
        total = total * 3037000499
    return total

print(square(1), square(2), square(3) % 1000000007)
print(-(2**63) * -1, (-(2**63)) * 1, -(2**63) * 2)
