# Marker lines for calls: the caller's frame marks the call in progress, on the line it is on.
import traceback


def fail(x=0):
    raise KeyError(x)


def twice(f):
    return lambda y: f(y)


class Chain:
    def step(self, n):
        if n > 2:
            fail(n)
        return self

    def value(self):
        return fail("value")


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc())


def plain_call(): print(fail(1))
def curried(): return twice(fail)(2)
def method_chain(): return Chain().step(1).step(3)
def method_last(): return Chain().step(1).value()
def in_args(): return max(1, len([1]), fail(3))


def multi_line_call():
    return max(
        1,
        fail(4),
    )


def multi_line_chain():
    return (Chain()
            .step(1)
            .step(5))


def nested_calls():
    return str(int(float(fail(6))))


def keyword_call():
    return dict(a=1, b=fail(7))


def starred_call():
    return print(*none_value)


none_value = None

for f in [plain_call, curried, method_chain, method_last, in_args, multi_line_call, multi_line_chain,
          nested_calls, keyword_call, starred_call]:
    show(f)

try:
    method_chain()
except KeyError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
