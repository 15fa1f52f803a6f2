# Async comprehensions (list, set, dict, generator expressions) and comprehensions that await,
# in coroutines driven by hand with send(None).

class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got


def run(coro):
    log = []
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as e:
            return log, e.value
        log.append(out)
        value = None


async def agen(n):
    for i in range(n):
        await Tick("a%d" % i)
        yield i


async def double(x):
    await Tick("d%d" % x)
    return x * 2


async def comprehensions():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: str(x) async for x in agen(3)})
    print([x async for x in agen(6) if x % 2])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in agen(x)])
    print([await double(x) for x in range(3)])
    print([x for x in range(6) if await double(x) > 4])
    print({await double(k): await double(k + 1) for k in range(2)})
    print([[y async for y in agen(x)] async for x in agen(3)])
    print(sum([x async for x in agen(5)]), len([x async for x in agen(2)]))
    total = 0
    for v in [x * 3 async for x in agen(3)]:
        total += v
    print("total", total)
    k = 10
    print([x + k async for x in agen(3)])
    return "ok"

print(run(comprehensions()))


async def genexprs():
    g = (x * x async for x in agen(4))
    print(type(g).__name__)
    print([v async for v in g])
    h = (await double(x) for x in range(3))
    print(type(h).__name__)
    out = []
    async for v in h:
        out.append(v)
    print(out)
    e = (x async for x in agen(3) if x != 1)
    print(await e.__anext__(), await e.__anext__())
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("genexpr exhausted")

print(run(genexprs()))


def sync_maker():
    # An async generator expression can be created outside an async function.
    return (x + 100 async for x in agen(2))

async def use_sync_maker():
    return [v async for v in sync_maker()]

print(run(use_sync_maker()))


# errors inside async comprehensions
async def failing():
    try:
        print([1 // (x - 2) async for x in agen(4)])
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print("TypeError", e)
    try:
        [x for x in agen(2)]
    except TypeError as e:
        print("TypeError", e)
    try:
        [x async for x in 5]
    except TypeError as e:
        print("TypeError", e)

print(run(failing()))


# a class-based async iterator in a comprehension
class Letters:
    def __init__(self, s):
        self.s = s
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= len(self.s):
            raise StopAsyncIteration
        self.i += 1
        return self.s[self.i - 1]

async def letters():
    return "".join([c.upper() async for c in Letters("abc")])

print(run(letters()))
