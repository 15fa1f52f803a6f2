# Closures over loop variables in nested functions: late binding, default capture, nonlocal cells.
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]


print(make())


def make_bound():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]


print(make_bound())


def make_nested():
    out = []
    for i in range(2):
        for j in range(2):
            def inner():
                return (i, j)
            out.append(inner)
    return [f() for f in out]


print(make_nested())


def factory():
    fs = []
    for i in range(3):
        def outer(i):
            def inner():
                return i * 10
            return inner
        fs.append(outer(i))
    return [f() for f in fs]


print(factory())


def counter_pair():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n
    return inc, get


inc, get = counter_pair()
inc()
inc()
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__closure__[0].cell_contents)


def loop_var_after():
    fs = [lambda: k for k in range(3)]
    return [f() for f in fs]


print(loop_var_after())


def rebinding_after_closure():
    x = 1

    def f():
        return x
    x = 2
    r1 = f()
    x = 3
    return r1, f()


print(rebinding_after_closure())


def while_closures():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return [f() for f in fs]


print(while_closures())


def deep():
    a = "a"

    def l1():
        b = "b"

        def l2():
            c = "c"

            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()


print(deep())


def cell_deleted():
    x = 1

    def f():
        return x
    del x
    try:
        return f()
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(cell_deleted())


def unbound_closure():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return f()


print(unbound_closure())


def comprehension_scope():
    x = 10
    return [x + i for i in range(3)], [[x * j for j in range(i)] for i in range(3)]


print(comprehension_scope())


def class_in_function():
    v = "closure"

    class C:
        v = "class attr"

        def m(self):
            return v
    return C().m(), C.v


print(class_in_function())
