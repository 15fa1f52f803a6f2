# async with and async for, driven by hand.
def run(coro):
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("  suspended with", repr(yielded))
        value = None

class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Suspend(f"opening {self.name}")
        print("  opened", self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await Suspend(f"closing {self.name}")
        print("  closed", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

async def use():
    async with Connection("db") as conn:
        print("  using", conn.name)
        await Suspend("query")
    return "used"
print(run(use()))

async def failing_body():
    async with Connection("quiet", suppress=True):
        raise ValueError("suppressed")
    async with Connection("loud"):
        raise KeyError("escapes")
try:
    run(failing_body())
except KeyError as e:
    print("KeyError", e)

async def several():
    async with Connection("a") as a, Connection("b") as b:
        print("  both", a.name, b.name)
        return "returned inside"
print(run(several()))

class NotAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong_manager():
    async with NotAsync():
        pass
try:
    run(wrong_manager())
except TypeError as e:
    print(type(e).__name__, e)

class OnlyEnter:
    async def __aenter__(self):
        return self
async def missing_exit():
    async with OnlyEnter():
        pass
try:
    run(missing_exit())
except TypeError as e:
    print(type(e).__name__, e)

class SyncEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
async def not_awaitable_enter():
    async with SyncEnter():
        pass
try:
    run(not_awaitable_enter())
except TypeError as e:
    print(type(e).__name__, e)

# async for over an asynchronous iterator.
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend(f"tick {self.i}")
        return self.i * 10

async def consume():
    total = 0
    async for value in Ticker(3):
        print("  value", value)
        total += value
    else:
        print("  loop finished")
    async for value in Ticker(5):
        if value == 20:
            continue
        if value == 40:
            break
        print("  second loop", value)
    else:
        print("  never: the loop broke")
    return total
print(run(consume()))

async def not_async_iterable():
    async for x in [1, 2]:
        pass
try:
    run(not_async_iterable())
except TypeError as e:
    print(type(e).__name__, e)

class NoAnext:
    def __aiter__(self):
        return self
async def missing_anext():
    async for x in NoAnext():
        pass
try:
    run(missing_anext())
except TypeError as e:
    print(type(e).__name__, e)

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_anext():
    async for x in BadAnext():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(type(e).__name__, e, "|", e.__cause__)

# try/except around awaits, throw() and close() on a suspended coroutine.
async def guarded():
    try:
        await Suspend("waiting")
    except ValueError as e:
        print("  coroutine caught", e)
        await Suspend("after catching")
    finally:
        print("  coroutine finally")
    return "guarded done"

c = guarded()
print(c.send(None))
print(c.throw(ValueError("thrown in")))
try:
    c.send(None)
except StopIteration as e:
    print("finished", e.value)

c = guarded()
c.send(None)
c.close()
print("closed")

async def ignores_close():
    try:
        await Suspend("a")
    except GeneratorExit:
        await Suspend("b")
c = ignores_close()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration:
    print("finished after all")
