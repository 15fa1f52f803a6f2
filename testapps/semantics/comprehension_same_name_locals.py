# A local that shares its name with a comprehension's variable: two variables, each its own.
def mixed(n):
    total = 0
    squares = [i * i for i in range(n)]
    for i in range(n):
        total += i * 3 + squares[i]
    evens = {i: i % 2 for i in range(n)}
    odd = sum(i for i in range(n) if i % 2)
    gen = (i + 0.5 for i in range(3))
    after = i
    return total, evens[n - 1], odd, list(gen), after, [i for i in "ab"], i


def walrus(xs):
    last = 0
    for j in range(3):
        last += j
    got = [last := x * 2 for x in xs]
    return last, got, j


def nested(n):
    k = 0
    grid = [[k * 10 + j for j in range(2)] for k in range(n)]
    for k in range(n):
        k = k + 1
    return grid, k


def shadow(n):
    x = 1.5
    ys = [x for x in ["s", None, 2**70]]
    for x in range(n):
        x = x / 2
    return ys, x


def identity(n):
    big = [v for v in (10**6, 10**6 + 1)]
    for v in range(10**6, 10**6 + n):
        pass
    return big, v, [v is v for v in big]


print(mixed(5))
print(walrus([1, 2, 3]))
print(nested(3))
print(shadow(4))
print(identity(2))
try:
    def unbound():
        r = [q for q in range(2)]
        return q
    unbound()
except NameError as e:
    print(type(e).__name__, e)
