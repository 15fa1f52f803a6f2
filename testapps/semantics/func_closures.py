# Closures: late binding, cells shared between closures, closures in loops, counters.
def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return increment, get


inc, get = make_counter()
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())


def adders():
    result = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        result.append(add)
    return result


print([a(10) for a in adders()])


def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(late())


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "changed"
    return middle()()


print(outer())


def cell_contents():
    v = [1]

    def f():
        return v

    return f


f = cell_contents()
print(f(), f.__closure__ is not None, len(f.__closure__), f.__closure__[0].cell_contents)
print(make_counter.__closure__, (lambda: 0).__closure__)


def unbound():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return g()


print(unbound())


def accumulator(start):
    total = start

    def add(n):
        nonlocal total
        total += n
        return total

    return add


acc = accumulator(100)
print(acc(1), acc(10), accumulator(0)(5))


def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run


print(compose(str, lambda v: v * 2, abs)(-21))
