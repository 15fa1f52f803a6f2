# await where Python evaluates it only conditionally (and/or, if expressions, comparison chains,
# while and assert conditions) and in augmented and annotated assignments.

class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label
        return self.label


def run(coro):
    log = []
    while True:
        try:
            log.append(coro.send(None))
        except StopIteration as e:
            return log, e.value


async def val(v, label=None):
    await Tick(label or "v%r" % (v,))
    return v


class Box:
    def __init__(self):
        self.n = 1
        self.items = [10, 20]


async def conditional():
    print(1 and await val(2))
    print(0 and await val(2))
    print(0 or await val(3))
    print(5 or await val(3))
    print(await val(0) or await val(4) or await val(5))
    print(await val(1) and await val(0) and await val(9))
    print((await val("yes")) if await val(True) else await val("no"))
    print(await val("yes") if await val(False) else await val("no"))
    print(1 < await val(2) < 3)
    print(5 < await val(2) < await val(9, "skipped"))
    print(1 < 2 < await val(3) < await val(4))
    print(1 == 1 != await val(2) is not None)
    x = [await val(i) for i in range(2)] and await val("tail")
    print(x)
    n = 0
    while await val(n) < 3:
        n += 1
    print("n", n)
    k = 0
    while k < 5 and await val(k) != 2:
        k += 1
    else:
        print("while else", k)
    assert await val(True), "not shown"
    try:
        assert await val(0), "assert message"
    except AssertionError as e:
        print("AssertionError", e)
    total = 1
    total += await val(10)
    total *= await val(2)
    print("total", total)
    b = Box()
    b.n += await val(5)
    b.items[1] -= await val(3)
    print(b.n, b.items)
    label: str = await val("annotated")
    print(label)
    async for ch in await val(Letters("ab"), "letters"):
        print("ch", ch)
    return "done"


class Letters:
    def __init__(self, s):
        self.s = list(s)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.s:
            raise StopAsyncIteration
        return self.s.pop(0)


print(run(conditional()))


async def unbound():
    try:
        y += await val(1, "must not run")
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 0

print(run(unbound()))


async def in_try():
    try:
        r = (await val(None)) or await val("fallback")
        print(r)
        r = 0 < await val(1) < 1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    finally:
        print("finally", await val("f") and "ok")

print(run(in_try()))
