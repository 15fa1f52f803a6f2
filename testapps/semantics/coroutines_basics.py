# async def and await, driven by hand with send(None) since there is no event loop.
def run(coro):
    """Drives a coroutine to completion, printing what it yields on the way."""
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("  suspended with", repr(yielded))
        value = f"resumed after {yielded}"

class Suspend:
    """An awaitable whose __await__ is a generator: it suspends the whole await chain once."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    print("  x is", x)
    got = await Suspend("first")
    print("  got", got)
    y = await add(x, 10)
    await Suspend("second")
    return x + y

print(run(compute()))

# A coroutine object is not iterable and has coroutine methods.
c = add(1, 1)
print(type(c).__name__)
print(repr(c).startswith("<coroutine object add at 0x"))
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

# Awaiting it again is an error.
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def reuse(coro):
    return await coro
try:
    run(reuse(c))
except RuntimeError as e:
    print(type(e).__name__, e)

# Sending a value to a just-started coroutine.
c2 = add(2, 2)
try:
    c2.send(5)
except TypeError as e:
    print(type(e).__name__, e)
c2.close()

# Objects that cannot be awaited.
async def await_int():
    await 5
try:
    run(await_int())
except TypeError as e:
    print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 42
async def await_bad():
    await BadAwait()
try:
    run(await_bad())
except TypeError as e:
    print(type(e).__name__, e)

# __await__ of a coroutine gives an iterator that drives it.
c3 = compute()
w = c3.__await__()
print(type(w).__name__)
print(next(w))
print(w.send("sent through the wrapper"))
try:
    w.send(None)
except StopIteration as e:
    print("wrapper finished with", e.value)

# StopIteration raised inside a coroutine becomes a RuntimeError.
async def raises_stop():
    raise StopIteration("no")
try:
    run(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "caused by", repr(e.__cause__))

# Exceptions propagate through await chains and can be caught.
async def failing():
    await Suspend("before failing")
    raise ValueError("inner failure")

async def catching():
    try:
        await failing()
    except ValueError as e:
        print("  caught", e)
        return "recovered"
print(run(catching()))

# Methods, closures and decorators work for async def too.
def logged(fn):
    async def wrapper(*args):
        print("  calling", fn.__name__, args[1:])
        result = await fn(*args)
        print("  result", result)
        return result
    return wrapper

class Account:
    def __init__(self, balance):
        self.balance = balance
    @logged
    async def deposit(self, amount):
        await Suspend("depositing")
        self.balance += amount
        return self.balance

acct = Account(10)
print(run(acct.deposit(5)))
print(Account.deposit.__name__, add.__name__, add.__qualname__)
