# The aiter() and anext() builtins over an async generator, with and without a default.

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def agen():
    yield 1
    yield 2

async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, "dflt"))
    print(await anext(g, "dflt"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    a = anext(agen(), None)
    print(type(a).__name__)
    print(type(anext(agen())).__name__)
    for bad in (5, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError", e)
    class NoNext:
        def __aiter__(self):
            return 1
    try:
        aiter(NoNext())
    except TypeError as e:
        print("TypeError", e)
    try:
        anext()
    except TypeError as e:
        print("TypeError", e)
    return "done"

print(run(main()))
