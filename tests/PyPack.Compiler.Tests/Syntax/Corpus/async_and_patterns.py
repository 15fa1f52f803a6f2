import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    results = [await fetch(i) for i in range(3)]
    async with asyncio.timeout(1) as t:
        pass
    async for item in agen():
        print(item)
    gathered = await asyncio.gather(*(fetch(i) for i in range(5)))
    return results, gathered, [x async for x in agen() if x]


async def agen():
    for i in range(3):
        yield i


def describe(shape):
    match shape:
        case {"type": "circle", "r": r} if r > 0:
            return f"circle {r}"
        case {"type": "rect", **rest}:
            return f"rect {rest}"
        case [x, y, *others]:
            return f"seq {x} {y} {others}"
        case Point(x=0, y=0) | Point(x=0, y=_):
            return "origin-ish"
        case Point(1, y) as p:
            return p
        case str() | bytes():
            return "text"
        case -1 | 0 | 1.5 | 2 + 3j | -4 - 5j:
            return "number"
        case None | True | False:
            return "singleton"
        case Color.RED:
            return "red"
        case (a, b):
            return a, b
        case []:
            return "empty"
        case _:
            return "unknown"


def exceptions():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass


match = 1
case = 2
_ = match + case
print(match, case, _)
x = [match, case]
if (n := len(x)) > 1:
    print(n)
type = "soft"
print(type)
