# Direct calls whose exception the caller takes in different statement shapes: conditions,
# comparisons, attribute and subscript of the result, augmented assignment, tuples, and
# order of evaluation kept when the call comes first.
class Fail(Exception):
    pass


def maybe(i):
    if i < 0:
        raise Fail(i)
    return [i, i * 2]


def positive(i):
    if i == 0:
        raise ZeroDivisionError("zero")
    return i > 0


trace = []


def noisy(tag, value):
    trace.append(tag)
    return value


def shapes():
    for i in (2, -1, 0):
        try:
            if positive(i) and noisy("and", True):
                print("positive", i)
            if not positive(i):
                print("not positive", i)
            if maybe(i)[1] > 3:
                print("big", i)
            x = maybe(i)[0] + noisy("plus", 10)
            print("x", x)
            count = 0
            count += maybe(i)[1]
            print("count", count)
        except Fail as e:
            print("Fail", e, trace)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e, trace)
        finally:
            trace.append("finally")


def unbound_first(i):
    try:
        total += maybe(i)[0]
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    except Fail as e:
        print("Fail", e)
    total = 0
    return total


def nested_returns(i):
    try:
        return maybe(i)
    finally:
        print("nested finally", i)


def outer(i):
    return nested_returns(i)[0]


shapes()
print(unbound_first(-5))
print(outer(4))
try:
    outer(-4)
except Fail as e:
    print("outer", e)
for i in range(3):
    try:
        print(maybe(1 - i))
    except Fail as e:
        print("module level", e)
        if i == 2:
            maybe = lambda i: "rebound"
print(maybe(-1))
