def g():
    yield 1
    raise StopIteration("inside")

print(list(g()))
