# A generator made for a for loop alone is closed when the loop is left early (break, return,
# an exception), so its finally blocks run there, as CPython does when it drops the generator.
def numbers(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("  cleanup", tag)


print("break:")
for x in numbers("break"):
    if x == 2:
        break
print("after break")

print("break with else:")
for x in numbers("else"):
    break
else:
    print("else not run")
print("after loop")

print("return:")


def first_even():
    for x in numbers("return"):
        if x % 2 == 0:
            return x * 10
    return None


print("returned", first_even())

print("raise:")
try:
    for x in numbers("raise"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

print("exhausted:")
for x in numbers("exhausted"):
    pass
print("after exhausted")

print("nested loops:")
for x in numbers("outer"):
    for y in numbers("inner"):
        if y == 2:
            break
    if x == 2:
        break
print("after nested")


def relay(tag):
    # No try of its own: closing it closes the generator its loop is over.
    for x in numbers(tag):
        yield x * 100


print("relay:")
for v in relay("relayed"):
    print(" ", v)
    break
print("after relay")


def delegate(tag):
    yield from numbers(tag)


print("yield from:")
for v in delegate("delegated"):
    break
print("after yield from")


def watcher():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise


print("GeneratorExit:")
for v in watcher():
    break
print("after watcher")


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        try:
            yield from self.items
        finally:
            print("  bag iterator closed")


print("__iter__ generator:")
for v in Bag([1, 2, 3]):
    break
print("after bag")

print("kept in a variable:")
kept = numbers("kept")
for x in kept:
    break
print("still suspended, next gives", next(kept))
kept.close()
print("closed by hand")

print("generator expression:")
for v in (x * 2 for x in numbers("genexp")):
    break
print("after genexp")




print("exception in loop inside try/finally:")


def layered():
    try:
        for x in numbers("layered"):
            raise KeyError(x)
    finally:
        print("  layered finally")


try:
    layered()
except KeyError as e:
    print("caught KeyError", e)

print("any() over a generator expression:")
print(any(x == 2 for x in numbers("any")))
print("sum() to the end:")
print(sum(x for x in numbers("sum")))
print("two levels:")
for v in (x * y for x in numbers("outer level") for y in numbers("inner level")):
    break
print("after two levels")

print("walrus keeps a name on it:")
for x in (named := numbers("named")):
    break
print("named still suspended, next gives", next(named))
named.close()
