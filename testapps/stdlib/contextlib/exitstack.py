from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    print(names)
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(resource("x", log))
    keep = stack.pop_all()
print(log)
keep.close()
print(log)


def exit_handler(exc_type, exc, tb):
    print("exit handler saw", exc_type.__name__ if exc_type else None, exc)
    return True


with ExitStack() as stack:
    stack.push(exit_handler)
    raise ValueError("suppressed by handler")
print("continued")

try:
    with ExitStack() as stack:
        stack.callback(print, "cleanup runs")
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)


def failing():
    raise RuntimeError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(failing)
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)


class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)
        return self.n

    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(CM(i))
    print("body")
print(stack.callback(print, "not run yet") is print)
