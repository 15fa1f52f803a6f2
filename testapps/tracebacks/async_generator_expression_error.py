# Async generator expressions made in a plain function, async generator methods with super(),
# nested async comprehensions; then an error inside an async generator expression (its <genexpr> frame).

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def agen(n):
    for i in range(n):
        yield i

def scaled(k):
    return (x * k async for x in agen(3))

class Base:
    async def items(self):
        yield "base"

class Child(Base):
    async def items(self):
        async for v in super().items():
            yield v + "!"
        yield "child"

async def early_return():
    async with Guard():
        yield 1
        return
    yield 2

class Guard:
    async def __aenter__(self):
        print("enter")
    async def __aexit__(self, *a):
        print("exit", a[0])

async def main():
    print([v async for v in scaled(5)])
    fs = [lambda: x async for x in agen(3)]
    print([f() for f in fs])
    print([v async for v in Child().items()])
    print([v async for v in early_return()])
    k = 7
    print({x: [y + k async for y in agen(x)] async for x in agen(3)})
    print([x async for x in agen(5) if x % 2 if x > 1])
    return "ok"

print(run(main()))

async def gen_error():
    g = (10 // x async for x in agen(3))
    return [v async for v in g]

run(gen_error())
