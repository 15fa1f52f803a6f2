# locals(), vars() and dir() without arguments in functions, class bodies and generators.


def params(a, b=2, /, c=3, *args, k=4, **kw):
    return list(locals())


print(params(1))
print(params(1, 2, 3, 4, 5, k=6, z=7))


def unbound_left_out(flag):
    if flag:
        x = 1
    result = locals()
    return sorted(result)


print(unbound_left_out(True), unbound_left_out(False))


def same_dict():
    first = locals()
    value = 5
    second = locals()
    return first is second, first


print(same_dict())


def stale_until_asked():
    snap = locals()
    y = 1
    before = "y" in snap
    locals()
    return before, "y" in snap


print(stale_until_asked())


def writes_are_not_variables():
    n = 1
    locals()["n"] = 99
    return n


print(writes_are_not_variables())


def with_cells():
    outer = "o"
    zeta = "z"
    alpha = "a"

    def inner():
        return outer + zeta

    def other():
        return alpha

    return list(locals())


print(with_cells())


def closure_sees_free():
    shared = [1]

    def inner():
        copy = shared[:]
        return sorted(locals())

    return inner()


print(closure_sees_free())


def argless_dir_and_vars(p, q=1):
    r = p + q
    return dir(), vars() is locals()


print(argless_dir_and_vars(1))


class Settings:
    debug = False
    level = 3
    names = sorted(locals())
    same = vars() is locals()
    listed = dir()


print(Settings.names, Settings.same)
print(Settings.listed)


def gen():
    step = 1
    yield sorted(locals())
    step += 1
    later = "x"
    yield sorted(locals())


print(list(gen()))

square = lambda n: locals()
print(square(4))


def rebound_builtins():
    def locals():
        return "my locals"

    return locals()


print(rebound_builtins())

try:
    locals(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    globals(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
