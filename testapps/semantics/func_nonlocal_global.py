# global and nonlocal declarations: rebinding, reading before assignment, UnboundLocalError.
x = "global x"


def read():
    return x


def rebind():
    global x
    x = "rebound"


def shadow():
    x = "local"
    return x


print(read(), shadow(), x)
rebind()
print(read(), x)


def broken():
    print(x)
    x = 1


try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def outer():
    a = 1

    def inner():
        nonlocal a
        a += 1
        b = a * 10
        return b

    r = inner(), inner()
    return r, a


print(outer())


def nested_global():
    def inner():
        global created
        created = "made inside"
    inner()


nested_global()
print(created)


def delete_global():
    global tmp
    tmp = 1
    del tmp


delete_global()
try:
    tmp
except NameError as e:
    print(type(e).__name__, e)


def nonlocal_del():
    v = 1

    def d():
        nonlocal v
        del v

    d()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(nonlocal_del())

counter = 0


def bump():
    global counter
    counter += 1
    return counter


print(bump(), bump(), counter)


class K:
    y = 1

    def m(self):
        return y


try:
    K().m()
except NameError as e:
    print(type(e).__name__, e)
