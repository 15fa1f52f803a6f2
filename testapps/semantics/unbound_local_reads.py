# Reads of locals that may be unbound still raise UnboundLocalError; those always bound do not.


def param_deleted(x):
    del x
    return x


def param_caught(e):
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    return e


def conditional(flag):
    if flag:
        y = 1
    return y


def assigned_later(n):
    total = 0
    for i in range(n):
        total += i
        last = i
    return total, last


def deleted_later(n):
    v = n * 2
    r = v + 1
    del v
    return r, v


def loop_deletes(n):
    w = 0
    for i in range(n):
        if i == 1:
            del w
        else:
            w = i
    return w


def unpacked(pair):
    a, (b, *c) = pair
    return a + b + len(c)


def nested_scopes(n):
    k = n + 1
    f = lambda: k
    return [k + j for j in range(2)], f()


def augmented(n):
    n += 1
    m += 1
    return n


def read_before_assign():
    print(z)
    z = 1


def walrus(xs):
    if (n := len(xs)) > 1:
        pass
    return n


for name, call in [
    ("param_deleted", lambda: param_deleted(1)),
    ("param_caught", lambda: param_caught(1)),
    ("conditional true", lambda: conditional(True)),
    ("conditional false", lambda: conditional(False)),
    ("assigned_later 3", lambda: assigned_later(3)),
    ("assigned_later 0", lambda: assigned_later(0)),
    ("deleted_later", lambda: deleted_later(2)),
    ("loop_deletes 1", lambda: loop_deletes(1)),
    ("loop_deletes 3", lambda: loop_deletes(3)),
    ("unpacked", lambda: unpacked((1, (2, 3, 4)))),
    ("nested_scopes", lambda: nested_scopes(1)),
    ("augmented", lambda: augmented(1)),
    ("read_before_assign", read_before_assign),
    ("walrus", lambda: walrus([1, 2])),
]:
    try:
        print(name, call())
    except Exception as e:
        print(name, type(e).__name__, e)
