# Frames seen through sys._getframe: the callers' frames are made as f_back asks for them, and
# each is made once (f.f_back is f.f_back); codes, names, lines and globals stay exact at every level.
import sys


def level3():
    # A running frame's own f_lineno is where _getframe was called (PyPack keeps no live line
    # for it), so the walk reads lines from the callers, which wait at their calls.
    f = sys._getframe(); out = [(f.f_code.co_name, f.f_lineno)]
    f = f.f_back
    while f is not None:
        code = f.f_code
        out.append((code.co_name, f.f_lineno, f.f_globals["__name__"], code.co_filename.endswith(".py")))
        f = f.f_back
    return out


def level2(x):
    return level3()


def level1():
    result = level2(
        1,
    )
    return result


for entry in level1():
    print(entry)

f = sys._getframe(0)
print(f.f_back)


def identities():
    f = sys._getframe()
    back = f.f_back
    print(back is f.f_back, back.f_back is f.f_back.f_back, f.f_code is f.f_code)
    print(f.f_code.co_name is f.f_code.co_name, f.f_code.co_filename is f.f_code.co_filename)
    print(sys._getframe(1).f_code is back.f_code, sys._getframe(1).f_lineno == back.f_lineno)


def call_identities():
    identities()


call_identities()


def depth_of():
    n = 0
    f = sys._getframe()
    while f.f_back is not None:
        f = f.f_back
        n += 1
    return n


def nested(k):
    return depth_of() if k == 0 else nested(k - 1)


print([nested(k) for k in range(4)])
print(nested(3) - nested(0))


def caller_name(depth):
    return sys._getframe(depth).f_code.co_name


def a():
    return b()


def b():
    return [caller_name(d) for d in range(1, 4)]


print(a())


def gen():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name
    yield sys._getframe().f_lineno, sys._getframe(1).f_code.co_name


def drive():
    return list(gen())


print(drive())


class Meta:
    seen = sys._getframe().f_code.co_name
    caller = sys._getframe(1).f_code.co_name


print(Meta.seen, Meta.caller)


def too_deep():
    try:
        sys._getframe(1000)
    except ValueError as e:
        print("ValueError", e)
    try:
        sys._getframe(-5)
        print("negative is the caller's own frame:", sys._getframe(-5).f_code.co_name)
    except ValueError as e:
        print("ValueError", e)


too_deep()
# Frames outlive the call that made them: the walk still gives the callers' codes.
kept = level2(0)
print(len(kept), kept[-1][0])


def find_caller(skip_name):
    f = sys._getframe(0)
    while f.f_back is not None and f.f_code.co_name in (skip_name, "find_caller"):
        f = f.f_back
    return f.f_code.co_name, f.f_lineno


def log(msg):
    return find_caller("log")


def user():
    return log("x")


print(user(), log("y"))
