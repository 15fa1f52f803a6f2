# Exceptions describe themselves for copy and pickle with __reduce__ (type, args[, __dict__])
# and take their attributes back with __setstate__.
import copy


class Plain(Exception):
    pass


class Two(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.extra = a + b


marked = Plain("c", 7)
marked.note = "n"
for f in (copy.copy, copy.deepcopy):
    print(f.__name__)
    c = f(marked)
    print(" ", type(c).__name__, c.args, c.__dict__, c is marked)
    t = f(Two(1, 2))
    print(" ", type(t).__name__, t.args, t.extra)
    print(" ", repr(f(KeyError("k"))), repr(f(ValueError())))
    o = f(OSError(2, "No such file", "x.txt"))
    print(" ", type(o).__name__, repr(o), o.errno, o.strerror, o.filename)
    o2 = f(OSError(1, "Not permitted", "a", None, "b"))
    print(" ", repr(o2), o2.filename, o2.filename2, str(o2))
    print(" ", repr(f(OSError("just text"))))

print(marked.__reduce__())
print(ValueError("v").__reduce__())
print(OSError(2, "gone", "f").__reduce__())
empty = ValueError("e")
empty.__dict__
print(empty.__reduce__())

x = ValueError(1)
x.__setstate__({"a": 5, "b": [1]})
print(x.a, x.b, x.args)
x.__setstate__(None)
for bad in ([("a", 1)], {1: 2}):
    try:
        x.__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)

nested = {"errors": [Two(3, 4), KeyError("k")]}
deep = copy.deepcopy(nested)
print(deep["errors"][0].args, deep["errors"][0].extra, deep["errors"][1].args)
