# Infinite generators consumed with manual islice/take loops; genexprs capturing loop variables.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def take2(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]


print(take(5, naturals()), take2(3, naturals(10)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(take(12, fib()))


def skip(n, it):
    it = iter(it)
    for _ in range(n):
        next(it)
    yield from it


print(take(4, skip(10, fib())))


def windowed(it, size):
    it = iter(it)
    win = []
    for x in it:
        win.append(x)
        if len(win) == size:
            yield tuple(win)
            win.pop(0)


print(take(3, windowed(naturals(), 3)))

# a generator expression evaluates its first iterable immediately, the rest lazily
gens = []
for i in range(3):
    gens.append(x * i for x in range(3))
print([list(g) for g in gens])

gens = []
for i in range(3):
    gens.append((lambda i: (x * i for x in range(3)))(i))
print([list(g) for g in gens])

src = [1, 2, 3]
g = (x * 10 for x in src)
src = [7, 8]
print(list(g))

lst = [1, 2]
g = (x for x in lst)
lst.append(3)
print(list(g))

y = 5
g = (x + y for x in range(2))
y = 100
print(list(g))


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(take(10, primes()))


def cycle(seq):
    while True:
        yield from seq


print(take(7, cycle("ab")))
z = zip(naturals(), "xyz")
print(list(z))
m = map(lambda a: a * a, naturals())
print(next(m), next(m), next(m))
print(sum(x for x in take(100, naturals())))
print(next(x for x in naturals() if x * x > 50))
