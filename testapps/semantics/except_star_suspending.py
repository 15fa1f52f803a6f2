# try/except* whose body suspends: yield in a generator, await in a coroutine; else clauses,
# handlers that raise, a finally, nesting inside another try that yields.
import types


def gen(fail):
    try:
        yield "start"
        if fail == "value":
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        if fail == "plain":
            raise KeyError("k")
        yield "no error"
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* TypeError as eg:
        print("TypeError part:", repr(eg))
    except* KeyError as eg:
        print("KeyError part:", repr(eg))
        raise RuntimeError("from handler")
    else:
        yield "else"
    yield "after"


for fail in ("none", "value", "plain"):
    try:
        print(fail, list(gen(fail)))
    except* RuntimeError as eg:
        print("outside:", repr(eg), repr(eg.exceptions[0].__context__))


def nested_ok():
    try:
        try:
            yield 1
            raise ExceptionGroup("inner", [OSError("o"), ZeroDivisionError("z")])
        except* OSError:
            print("OSError handled")
    except ExceptionGroup as eg:
        print("rest:", repr(eg))
        yield 2
    finally:
        print("finally")
        yield 3


print(list(nested_ok()))


@types.coroutine
def suspend():
    yield "suspended"


async def coro():
    try:
        await suspend()
        raise ExceptionGroup("c", [IndexError("i")])
    except* IndexError as eg:
        result = f"handled {eg.exceptions!r}"
    return result


c = coro()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned:", e.value)
