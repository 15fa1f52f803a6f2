# Generators, generator pipelines and closures.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def make_adder(k):
    def add(x):
        return x + k
    return add


def chained(n):
    yield from counter(n)
    yield from counter(n // 2)


total = 0
add3 = make_adder(3)
for _ in range(30):
    total += sum(squares(evens(counter(200000))))
    total += sum(add3(x) for x in chained(100000))
print(total)
