# Closures see variables, not values: late binding, default-argument capture, cells shared by siblings.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    def reset():
        nonlocal count
        count = 0

    return inc, get, reset


inc, get, reset = make_counter()
inc()
inc(5)
print(get())
reset()
print(get(), inc(), get())
inc2, get2, _ = make_counter()
inc2(10)
print(get(), get2())


def loop_closures():
    fns = []
    for name in ["a", "b", "c"]:
        def show():
            return name
        fns.append(show)
    name = "changed"
    return [f() for f in fns]


print(loop_closures())


def outer():
    x = "outer x"

    def middle():
        def inner():
            return x
        return inner

    f = middle()
    x = "rebound"
    return f()


print(outer())


def cell_contents():
    v = [1]

    def use():
        return v

    return use


fn = cell_contents()
print(fn.__closure__[0].cell_contents, fn.__code__.co_freevars if hasattr(fn, "__code__") else ("v",))


def unbound_free():
    def read():
        return late
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return read()


print(unbound_free())


def shadow_in_comprehension():
    x = "function"
    items = [x for x in "ab"]
    return x, items


print(shadow_in_comprehension())


def accumulate():
    total = []

    def add(v):
        total.append(v)
        return sum(total)

    return add


acc = accumulate()
print([acc(v) for v in (1, 2, 3)])

adders = {n: (lambda n: lambda x: x + n)(n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
