# asyncio's Handle and TimerHandle: attributes, reprs, cancel, ordering, subclasses, failing callbacks.
import asyncio
from asyncio import events


def cb(*args):
    print("cb", args)


class MyHandle(asyncio.Handle):
    def _repr_info(self):
        return ["Mine"] + super()._repr_info()[1:]


class MyTimer(asyncio.TimerHandle):
    extra = 1

    def __init__(self, when, callback, args, loop):
        super().__init__(when, callback, args, loop)
        self.note = "n"


def boom(x):
    raise ValueError(x)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, 2)
    print(type(h).__name__, type(h).__module__, isinstance(h, events.Handle), h._args, h._cancelled, h.cancelled())
    print(repr(h).split(" at ")[0])
    h.cancel()
    print(h, h._callback, h._args, h.cancelled())
    t1 = loop.call_at(10.0, cb, "a")
    t2 = loop.call_at(20.0, cb, "b")
    print(t1 < t2, t1 <= t2, t1 > t2, t1 >= t2, t1 == t2, t1 != t2, t1 == t1, hash(t1) == hash(10.0), t1.when())
    print(isinstance(t1, asyncio.Handle), t1 == h, repr(t1).split(" at ")[0])
    t1.cancel()
    t2.cancel()
    print(t1)
    m = MyHandle(cb, (3,), loop)
    print(repr(m).split(" at ")[0], m._args)
    m._run()
    mt = MyTimer(5.0, cb, (4,), loop)
    print(mt.note, mt.extra, mt.when(), mt < t2, mt._scheduled, type(mt).__mro__[1].__name__)
    loop.call_soon(boom, 7)
    loop.set_exception_handler(lambda lp, ctx: print("handler:", ctx["message"].split(" at ")[0], repr(ctx["exception"]), type(ctx["handle"]).__name__))
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
