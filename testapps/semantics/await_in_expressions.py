# await inside larger expressions: operands before it are evaluated first, in Python's order.
def run(coro):
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("  suspended with", repr(yielded))

class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

def trace(label, value):
    print("  evaluating", label)
    return value

class O:
    attr = 42
    def __repr__(self):
        return "O()"

async def slow(value):
    await Suspend(f"slow {value}")
    return value

async def main():
    print(await slow(1))
    print("sum", trace("left", 10) + await slow(5) + trace("right", 100))
    items = [trace("a", "A"), await slow("B"), trace("c", "C")]
    print(items)
    d = {trace("key", "k"): await slow("v"), "other": trace("other", 0)}
    print(d)
    print(f"formatted {await slow(3):>5} and {trace('after', 4)}")
    if await slow(True):
        print("  if test awaited")
    for x in await slow([1, 2]):
        print("  loop item", x)
    total = len(await slow("abc"))
    print("total", total)
    nested = await slow(await slow(7) * 2)
    print("nested", nested)
    print("compare", await slow(3) > trace("three", 2))
    print("and", await slow(0) and trace("never", 1))
    obj = O()
    print("attribute", (await slow(obj)).attr)
    print("subscript", (await slow([5, 6, 7]))[await slow(1)])
    print("call keyword", dict(a=await slow(1), b=trace("b", 2)))
    print("star", *(await slow((8, 9))))
    return await slow("done") + "!"

print(run(main()))

async def raiser():
    raise ValueError(await slow("message"))
try:
    run(raiser())
except ValueError as e:
    print(type(e).__name__, e)
