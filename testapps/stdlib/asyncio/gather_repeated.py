# gather() runs an awaitable passed more than once a single time: repeated coroutines (a few, and
# more than the identity scan handles), equal custom awaitables (found by hash and ==), an unhashable one.
import asyncio
async def f(x):
    await asyncio.sleep(0)
    return x
class A:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield
        return self.v
    def __eq__(self, o): return isinstance(o, A) and o.v == self.v
    def __hash__(self): return hash(self.v)
async def main():
    c = f(1)
    print(await asyncio.gather(c, f(2), c, c))
    d = f(3)
    print(await asyncio.gather(*([d] * 12), f(4)))
    print(await asyncio.gather(A(1), A(1), f(5), A(2)))
    try:
        class U:
            __hash__ = None
            def __await__(self):
                yield
        await asyncio.gather(f(6), U())
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())
