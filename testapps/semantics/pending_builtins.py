# Builtins and builtin methods whose errors a handler around them takes (int, float, next,
# getattr, list.index/remove, str.index, dict.pop, d[k] after a local): the values, messages,
# attributes, chaining and tracebacks of the caught exceptions, and what happens when the
# name no longer holds the builtin or the receiver is not the exact builtin type.
import sys
import traceback


def parse(values):
    out = []
    for s in values:
        try:
            out.append(int(s))
        except ValueError as e:
            out.append(repr(e))
        try:
            x = float(s)
        except ValueError as e:
            x = str(e)
        out.append(x)
    return out


print(parse(["12", " -7 ", "1_000", "x1", "", "3.5", "inf", "1e3", "0x10"]))


def first_line_of_traceback():
    try:
        n = int("bad")
    except ValueError:
        tb = sys.exc_info()[2]
        print("tb_lineno", tb.tb_lineno, tb.tb_frame.f_code.co_name)
        print(traceback.format_exc())


first_line_of_traceback()


def chained(s):
    try:
        return int(s)
    except ValueError as e:
        raise LookupError("no number") from e


try:
    chained("abc")
except LookupError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)


def context_kept():
    try:
        {}["k"]
    except KeyError:
        try:
            v = float("nope")
        except ValueError as e:
            print("context:", repr(e.__context__))


context_kept()


def gen():
    yield 1
    return "done"


def drain(it):
    got = []
    while True:
        try:
            got.append(next(it))
        except StopIteration as e:
            got.append(("stop", e.value, e.args))
            return got


print(drain(gen()))
print(drain(iter([1, 2])))
print(drain(iter({})))
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    def __init__(self):
        self.here = 1


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError("custom " + name)


class Prop:
    @property
    def broken(self):
        raise AttributeError("from property")


def attrs(objs, name):
    out = []
    for o in objs:
        try:
            out.append(getattr(o, name))
        except AttributeError as e:
            # (name and obj of an AttributeError raised by Python code are not checked here)
            if isinstance(o, (Dynamic, Prop)):
                out.append(str(e))
            else:
                out.append((str(e), e.name, type(e.obj).__name__))
    return out


print(attrs([Plain(), Dynamic(), object(), 5, "s", Prop(), sys], "here"))
print(attrs([Dynamic()], "xy"))
print(attrs([Prop()], "broken"))
print(attrs([Plain], "here"))
print(attrs([Plain], "missing"))


def methods():
    out = []
    l = [1, "a", (2,)]
    s = "hello"
    d = {"a": 1}
    for x in [1, "b", (2,), None]:
        try:
            out.append(l.index(x))
        except ValueError as e:
            out.append(str(e))
        try:
            out.append(s.index(str(x)))
        except ValueError as e:
            out.append(str(e))
        try:
            out.append(d.pop(x))
        except KeyError as e:
            out.append(("KeyError", e.args))
        try:
            l.remove(x)
        except ValueError as e:
            out.append(str(e))
    out.append(l)
    try:
        s.index(3)
    except TypeError as e:
        out.append(str(e))
    return out


print(methods())


class MyDict(dict):
    def pop(self, k):
        return "own pop " + str(k)


class MyList(list):
    def index(self, x):
        raise ValueError("own index")


def subclass_methods():
    d = MyDict()
    l = MyList()
    try:
        r = d.pop(1)
    except KeyError:
        r = "KeyError"
    try:
        i = l.index(3)
    except ValueError as e:
        i = str(e)
    return r, i


print(subclass_methods())


def lookup_after_local(d, keys):
    total = 0
    for k in keys:
        try:
            total = total + d[k]
        except KeyError as e:
            total = total + 100
            print("missing", e)
    return total


print(lookup_after_local({1: 1, 2: 2}, [1, 2, 3]))


def rebound():
    global int, next
    saved_int, saved_next = int, next

    def int(s):
        return "mine " + s

    def next(it):
        raise ValueError("my next")

    try:
        r = int("x")
    except ValueError:
        r = "ValueError"
    try:
        n = next(iter([]))
    except StopIteration:
        n = "StopIteration"
    except ValueError as e:
        n = str(e)
    int, next = saved_int, saved_next
    return r, n


print(rebound())


def in_finally(s):
    log = []
    try:
        try:
            return int(s)
        finally:
            log.append("finally")
    except ValueError as e:
        log.append(str(e))
    return log


print(in_finally("5"), in_finally("five"))


def handled_inside():
    try:
        n = int("z")
    except ValueError:
        print("exc_info:", sys.exc_info()[0].__name__, sys.exc_info()[1])
    print("after:", sys.exc_info())


handled_inside()


def star(s):
    try:
        v = int(s)
    except* ValueError as eg:
        print("except*:", repr(eg), [str(x) for x in eg.exceptions])
    else:
        print("value", v)


star("8")
star("eight")


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit got", kind.__name__ if kind else None, value, tb is not None)
        return True


def in_with(s):
    with Manager():
        v = int(s)
        return v
    return "swallowed"


print(in_with("4"), in_with("four"))


def returns_error(s):
    # No handler here: the error leaves this function and is taken one frame up.
    return int(s) + 1


def caller():
    out = []
    for s in ["1", "x"]:
        try:
            out.append(returns_error(s))
        except ValueError as e:
            out.append(str(e))
            out.append([line.strip() for line in traceback.format_tb(e.__traceback__)])
    return out


print(caller())
