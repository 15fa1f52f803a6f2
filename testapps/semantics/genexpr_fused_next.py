# next() of a generator expression runs as a loop that stops at the first item (no generator object)
# when the name is the builtin: the default, StopIteration without one, the default evaluated after
# the first iterable and before the loop, a generator the expression owned closed at once, errors
# inside the expression with its <genexpr> frame, and a rebound or shadowed next getting a generator.
import sys


def trace(tag, value):
    print("eval", tag)
    return value


words = ["apple", "banana", "cherry", "date"]
print(next(w for w in words if w.startswith("c")))
print(next((i, w) for i, w in enumerate(words) if len(w) == 4))
print(next((w for w in words if w.startswith("z")), "none"))
print(next((w for w in trace("iterable", words) if "n" in w), trace("default", None)))
print(next((x for x in []), None))
print(next(x for x in [None, 1]))
try:
    next(w for w in words if w == "fig")
except StopIteration as e:
    print("StopIteration", e.args, e.value)


def numbers():
    try:
        for i in range(10):
            print("yield", i)
            yield i
    finally:
        print("numbers closed")


print(next(x * 10 for x in numbers() if x > 1))
print(next((x for x in numbers() if x > 100), "no"))


def where():
    return sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno


print(next(where() for _ in
           range(1)))

try:
    next(1 / (x - 2) for x in range(5) if x > 1)
except ZeroDivisionError:
    import traceback
    traceback.print_exc()


def shadow():
    next = lambda g, d=None: ("shadowed", type(g).__name__, d)
    return next((x for x in words), 0)


print(shadow())
import builtins
real = builtins.next
builtins.next = lambda g, *d: ("patched", list(g), d)
print(next(x for x in (1, 2)), next((x for x in (3,)), 4))
builtins.next = real
print(next(x for x in (5, 6)))
print(next(x for x in ()))
