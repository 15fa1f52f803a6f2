# Exceptions thrown into a generator at a yield inside try/except, try/finally and with (throw(),
# athrow(), close(), aclose()): the handler sees them with their traceback and context; close()
# of a generator suspended outside any handler still runs the cleanup of its loops.
import asyncio
import contextlib
import sys
import traceback


def handled():
    for i in range(3):
        try:
            x = yield i
            print("got", x)
        except ValueError as e:
            print("caught", e, e.__traceback__.tb_lineno, e.__context__)
            yield "handled"
        finally:
            print("finally", i)


gen = handled()
print(next(gen))
print(gen.throw(ValueError("a")))
print(next(gen))
print(gen.send(5))
try:
    gen.throw(KeyError("k"))
except KeyError:
    traceback.print_exc(file=sys.stdout)
print(gen.gi_running, list(gen))


def in_handler():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            yield 1
        except ValueError as e:
            print("context", repr(e.__context__))
        yield 2


g = in_handler()
next(g)
print(g.throw(ValueError("v")))


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v, tb.tb_lineno if tb else None)
        return t is IndexError


def with_yield():
    with Manager():
        yield "in with"
    yield "after with"
    with Manager():
        yield "second"


w = with_yield()
print(next(w))
print(w.throw(IndexError("swallowed")))
print(next(w))
try:
    w.throw(OSError("passes"))
except OSError as e:
    print("out", repr(e))


@contextlib.contextmanager
def managed():
    try:
        yield "resource"
    except ZeroDivisionError as e:
        print("managed caught", e)


with managed() as r:
    print(r)
    1 / 0
print("after managed")


def inner():
    try:
        yield "inner"
    finally:
        print("inner closed")


def plain_outer():
    for x in inner():
        yield x
        yield x + "!"


p = plain_outer()
print(next(p), next(p))
p.close()
print(p.gi_running, list(p))


def ignores():
    try:
        yield
    except GeneratorExit:
        print("ignoring exit")
    yield "again"


i = ignores()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError", e)


async def agen_handled():
    for i in range(4):
        try:
            yield i
        except ArithmeticError as e:
            yield "athrow " + type(e).__name__
        finally:
            print("agen finally", i)


async def agen_plain(n):
    for x in range(n):
        yield x


async def main():
    a = agen_handled()
    print(await a.__anext__())
    print(await a.athrow(ZeroDivisionError()))
    print(await a.asend(None))
    try:
        await a.athrow(KeyError("no handler"))
    except KeyError as e:
        print("athrow out", repr(e))
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    b = agen_plain(5)
    print(await b.__anext__(), await b.__anext__())
    print(await b.aclose(), b.ag_frame)
    try:
        await b.__anext__()
    except StopAsyncIteration:
        print("closed stays closed")
    c = agen_handled()
    await c.__anext__()
    print(await c.aclose())


asyncio.run(main())
