def gen():
    yield 1
    x = 1 / 0
    yield x

def consume():
    for v in gen():
        print(v)

consume()
