# types.coroutine: generator functions made awaitable, async defs returned as they are, wrappers.
import types


@types.coroutine
def suspend(tag):
    got = yield ("suspend", tag)
    return got


async def work(n):
    total = 0
    for i in range(n):
        total += await suspend(i)
    return total


def drive(coro):
    seen = []
    try:
        request = coro.send(None)
        while True:
            seen.append(request)
            request = coro.send(len(seen))
    except StopIteration as e:
        return e.value, seen


print(drive(work(3)))


def plain_gen():
    yield 1


decorated = types.coroutine(plain_gen)
print(decorated is plain_gen, type(plain_gen()).__name__)


async def native():
    return 5


print(types.coroutine(native) is native)


class Steps:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration(self.i * 10)
        return self.i

    def send(self, v):
        return self.__next__()

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass


def make_steps():
    return Steps()


import collections.abc
collections.abc.Generator.register(Steps)
wrapped = types.coroutine(make_steps)
print(wrapped is make_steps, wrapped.__name__, wrapped.__wrapped__ is make_steps)


async def use_steps():
    return await wrapped()


print(drive(use_steps()))


def undecorated():
    yield 1


async def bad():
    await undecorated()


try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)
try:
    types.coroutine(42)
except TypeError as e:
    print("TypeError", e)
