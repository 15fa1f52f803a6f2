# str(n) and hex(n) of numbers the compiler keeps unboxed: the same text, and a rebound str or hex
# (a global of the module) is called instead.


def digits(n):
    out = []
    for i in range(n):
        out.append(str(i * 7) + "/" + hex(i - 3) + "/" + str(i * 0.5))
    return out


print(digits(5))
print(str(2 ** 62 * 4), hex(-(2 ** 63)), hex(2 ** 64 + 1))


def big(n):
    x = 1
    for _ in range(n):
        x = x * 1000003
    return str(x * 3), hex(x * 3)


print(big(6))


def rebound(n):
    total = []
    for i in range(n):
        total.append(str(i + 1))
        total.append(hex(i + 1))
    return total


str = lambda v: "S%r" % (v,)
print(rebound(2))
del str
hex = lambda v: "H%d" % v
print(rebound(2))
del hex
print(rebound(2))
try:
    n = 5
    print(hex(n * 1.5))
except Exception as e:
    print(type(e).__name__, e)
