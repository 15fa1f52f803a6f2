# Generators: iteration, send, yield from, generator expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def chain(a, b):
    yield from a
    yield from b

def accumulate():
    total = 0
    while True:
        x = yield total
        total += x

def main():
    s = 0
    for v in count(1000000):
        s += v
    for v in chain(count(500000), count(500000)):
        s += v
    acc = accumulate()
    next(acc)
    for i in range(500000):
        s += acc.send(i)
    s += sum(x * 2 for x in range(1000000))
    print(s)

main()
