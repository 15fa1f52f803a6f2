# assert with messages of various types, evaluated lazily, AssertionError attributes and subclassing.
calls = []


def msg(text):
    calls.append(text)
    return text


def check(cond, m=None):
    try:
        if m is None:
            assert cond
        else:
            assert cond, m
        return "passed"
    except AssertionError as e:
        return f"{type(e).__name__} args={e.args!r} str={str(e)!r}"


print(check(True, msg("not evaluated")))
print(calls)
print(check(False))
print(check(0, "zero"))
print(check([], ["list", "msg"]))
print(check("", 42))
print(check(None, ValueError("boxed")))
print(check(False, msg("evaluated")))
print(calls)
x = 5
try:
    assert x > 10, f"x is {x}, expected > 10"
except AssertionError as e:
    print(e)
try:
    assert x and "x is truthy"
    print("and-expression assert passed")
except AssertionError:
    print("unexpected")


class Checked(AssertionError):
    pass


try:
    raise Checked("custom")
except AssertionError as e:
    print(type(e).__name__, e, isinstance(e, Exception))


def validate(items):
    for i, item in enumerate(items):
        assert isinstance(item, int), f"item {i} is {type(item).__name__}"
    return sum(items)


for items in ([1, 2], [1, "2", 3], []):
    try:
        print(validate(items))
    except AssertionError as e:
        print("invalid:", e)
try:
    assert False, None
except AssertionError as e:
    print(e.args)
