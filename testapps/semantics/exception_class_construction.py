# Instances of exception classes made by calling the class: the inherited BaseException.__new__
# (args from every argument), a class overriding __new__, keywords, builtin bases with their own
# C# shape (OSError, KeyError, StopIteration), and a __new__ assigned later.


class Plain(Exception):
    pass


class WithInit(ValueError):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new", *args)
        self.made = True
        return self


class MyOS(OSError):
    pass


class MyKey(KeyError):
    pass


class MyStop(StopIteration):
    pass


for i in range(2):
    print(repr(Plain()), repr(Plain(i, "x")), Plain(i).args)
    w = WithInit(i, b=5)
    print(repr(w), w.args, w.b, WithInit("k").b)
    n = WithNew(i)
    print(repr(n), n.args, n.made)
    o = MyOS(2, "No such file", "f.txt")
    print(repr(o), o.errno, o.strerror, o.filename, str(o))
    print(repr(MyKey("k")), str(MyKey("k")), MyStop(7).value)
    try:
        raise WithInit(i)
    except ValueError as e:
        print(type(e).__name__, e, e.args, e.b)


Plain.__new__ = lambda cls, *a: ValueError("replaced", *a)
print(repr(Plain(3)), type(Plain(3)).__name__)
