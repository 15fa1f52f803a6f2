# A finally clause that raises while the generator is being closed.
def gen():
    try:
        yield 1
    finally:
        raise KeyError("cleanup")

g = gen()
print(next(g))
g.close()
