# Builtins that drop a generator only their argument held close it when they return or raise,
# as CPython's refcount does: next(), any()/all() stopping early, list()/dict() raising midway,
# zip() stopping early (it holds its generators until it goes), enumerate(). A rebound name
# or a generator held by a name is left suspended.
def gen(tag, n=3):
    print("  start", tag)
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally", tag)


def pairs(tag):
    try:
        yield ("a", 1)
        yield "bad"
        yield ("c", 3)
    finally:
        print("  finally", tag)


print("next:", next(gen("next")))
print("next with default:", next(gen("default", 0), "empty"))
print("any:", any(gen("any")))
print("all:", all(gen("all")))
print("max:", max(gen("max")))
print("any over a genexpr over a generator:", any(x > 0 for x in gen("genexpr")))
print("next of a genexpr:", next(x * 10 for x in gen("next genexpr")))
print("zip in list:", list(zip("ab", gen("z1"), gen("z2"))))
print("enumerate in list:", list(zip(enumerate(gen("e1")), "xy")))
print("for over zip:")
for a, b in zip(gen("fz1"), gen("fz2")):
    if a == 1:
        print("  break at", a)
        break
print("after for over zip")
print("for over enumerate:")
for i, v in enumerate(gen("fe")):
    break
print("after for over enumerate")
print("dict raising midway:")
try:
    dict(pairs("dict"))
except ValueError as e:
    print("caught:", e)
print("list of a method's generator:")


class Feed:
    def items(self):
        try:
            yield 1
            yield 2
        finally:
            print("  feed closed")


print(next(Feed().items()))
print("a name keeps it:")
g = gen("named")
print(next(g))
print("still suspended:", g.gi_suspended)
g.close()
print("rebound next:")
real_next = next
kept = []


def next(it):
    kept.append(it)
    return real_next(it)


print(next(gen("rebound")))
print("kept suspended:", kept[0].gi_suspended)
kept[0].close()
del next
print("exception leaving a loop in a function:")


def first_big(limit):
    for x in gen("in function"):
        if x >= limit:
            raise LookupError(x)
    return None


try:
    first_big(1)
except LookupError as e:
    print("caught LookupError", e)
print("uncaught, the traceback after the finally:")
for x in gen("uncaught"):
    raise KeyError(x)
