# Async generators in methods, closures and async with blocks, chained by async for, and
# athrow/aclose while the generator is suspended on an await.

class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got


def run(coro):
    log = []
    while True:
        try:
            log.append(coro.send(None))
        except StopIteration as e:
            return log, e.value


class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Tick("enter " + self.name)
        print("enter", self.name)
        return self
    async def __aexit__(self, *exc):
        await Tick("exit " + self.name)
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


class Source:
    def __init__(self, items):
        self.items = items
    async def stream(self, prefix):
        async with Resource("src"):
            for item in self.items:
                yield prefix + item

    def __aiter__(self):
        return self.stream(">")


def make_counter(start):
    step = 2
    async def counter(n):
        total = start
        def show():
            return "total=%d" % total
        for _ in range(n):
            total += step
            yield show()
    return counter


async def chain(*sources):
    for s in sources:
        async for x in s:
            yield x


async def state():
    g = watcher()
    print(g.ag_running)
    print(await g.__anext__())
    print(g.ag_running)

async def watcher():
    yield "running inside"


async def main():
    async for v in Source(["a", "b"]).stream("#"):
        print(v)
    print([v async for v in Source(["x"])])
    counter = make_counter(10)
    print([v async for v in counter(3)])
    print([v async for v in chain(counter(1), Source(["q"]), watcher())])
    await state()
    # breaking out of an async for over a generator holding an async with: close it by hand
    s = Source(["1", "2", "3"]).stream("")
    async for v in s:
        print("got", v)
        if v == "2":
            break
    await s.aclose()
    print(counter.__name__, counter.__qualname__, counter(0).__qualname__)
    return "end"

print(run(main()))

# athrow while the generator is suspended on an await: the exception lands in the awaited code
class Waiter:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError as e:
            print("Waiter saw", repr(e))
            raise
        return "never"

async def guarded():
    try:
        await Waiter()
    except KeyError:
        print("guarded caught")
        yield "after"

g = guarded()
a = g.__anext__()
print(a.send(None))
try:
    a.throw(KeyError("x"))
except StopIteration as e:
    print("athrow ->", e.value)

# aclose while awaiting in a finally
async def slow_close():
    try:
        yield 1
    finally:
        r = await Tick("closing")
        print("finally done", r)

g = slow_close()
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("first", e.value)
c = g.aclose()
print(c.send(None))
try:
    c.send("resumed")
except StopIteration as e:
    print("aclose done", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
