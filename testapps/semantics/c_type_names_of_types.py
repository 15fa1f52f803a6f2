# Messages that name a builtin type held in a variable (the type itself, not a value's type)
# use CPython's tp_name, dotted for types written in C inside a module.
import collections
import datetime
import itertools


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


def use_as_context_manager(value):
    with value:
        pass


async def use_async(value):
    async with value:
        pass


def setter(cls, name):
    setattr(cls, name, 1)


def deleter(cls, name):
    delattr(cls, name)


def subclass(base):
    class Sub(base):
        pass
    return Sub


class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def match_deque(value):
    match value:
        case collections.deque(x=1):
            return "one"
        case _:
            return "other"


show(lambda: use_as_context_manager(collections.deque()))
show(lambda: use_as_context_manager(itertools.count()))
show(lambda: use_async(collections.deque()).send(None))
show(lambda: setter(collections.deque, "x"))
show(lambda: deleter(collections.deque, "append"))
show(lambda: collections.deque.nothing)
show(lambda: itertools.count.nothing)
show(lambda: collections.deque() < 1)
show(lambda: itertools.count() < itertools.count())
show(lambda: subclass(type(iter(range(3)))))
show(lambda: setattr(collections.deque(), "maxlen", 3))
print(match_deque(collections.deque()))
