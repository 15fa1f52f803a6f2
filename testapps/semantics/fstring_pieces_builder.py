# f-strings of several pieces: every kind of plain field (exact str and int, unboxed numbers,
# subclasses with __str__/__format__, bool, big ints, floats), conversions and specs next to them,
# f-strings run inside a field's __format__/__str__, a field that raises half-way, and fields
# with yield and await.
import asyncio


class Loud(str):
    def __str__(self):
        return "LOUD"

    def __format__(self, spec):
        return "fmt[" + spec + "]" + f"<{self.upper()}|{len(self)}>"


class Count(int):
    def __format__(self, spec):
        return f"count:{int(self)}:{spec!r}"


class Plain(int):
    pass


class Shown:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return f"Shown({self.v}, {self.v * 2})"

    def __repr__(self):
        return f"<{self.v}>"


class Bad:
    def __format__(self, spec):
        raise ValueError("no format for " + spec)


class WrongType:
    def __format__(self, spec):
        return 42


def rows(n):
    out = []
    total = 0
    for i in range(n):
        v = i * 7 - 20
        x = i / 4
        total += v
        out.append(f"{i}:{v}|{x}|{total}|{-v}")
    return out


print(rows(6))
name = "naïve 😀"
print(f"[{name}] {len(name)} {name!r} {name!a} {name:>12}|{name:.3}")
print(f"{Loud('ab')} {Loud('ab')!s} {Loud('ab')!r} {Loud('ab'):>3}")
print(f"{Count(5)}/{Count(5):x}/{Plain(6)}/{Plain(6):>4}/{True}/{False:>6}/{None}")
print(f"{2 ** 64}/{-2 ** 63}/{-(2 ** 63) - 1}/{10 ** 30:,}/{-0}/{0}")
print(f"{1.5}/{1e22}/{float('nan')}/{-0.0}/{1 / 3:.4f}/{3j}")
print(f"{Shown(3)} and {Shown(4)!r} {[Shown(5)]} {(1, 'a')} {{literal}}")
width = 6
print(f"{'x':>{width}}|{12:0{width}d}|{'y'!r:^{width + 2}}|")
for bad in [Bad(), WrongType()]:
    try:
        print(f"before {1} {bad} after {2}")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    print(f"next {3} {'ok'}")


def gen():
    a = 1
    while a < 4:
        sent = yield a
        got = f"{a}<{sent}>{a * 10}"
        print(got)
        a += 1


def gen_inside():
    a = 1
    while a < 3:
        print(f"{a}<{(yield a)}>{a * 10}|{(yield -a)!r:>4}")
        a += 1


for g in [gen(), gen_inside()]:
    print(next(g))
    for s in ["p", "q", "r", "s", "t"]:
        try:
            print(g.send(s))
        except StopIteration:
            print("done")
            break
g = gen()
print(next(g))
for s in ["p", "q", "r"]:
    try:
        print(g.send(s))
    except StopIteration:
        print("done")


async def value(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    n = 4
    print(f"{n}: {await value(n)} then {await value('s')}!")


asyncio.run(main())
print(f"{'a' + 'b'}{'c'}" + f"{'d'}{1}")
