# __repr__, __str__, __format__ and __bytes__: fallbacks, format specs, f-string conversions, errors.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents / 100:.2f}"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

    def __bytes__(self):
        return str(self).encode()


m = Money(1234)
print(m, repr(m), str(m), f"{m}", f"{m!r}", f"{m!s}", f"{m:cents}", f"{m:>10.1f}", format(m, ".3f"))
print("{0} {0!r} {0:cents}".format(m), "%s %r" % (m, m), [m], (m,), {"k": m}, bytes(m))


class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"


r = ReprOnly()
print(r, str(r), f"{r}", format(r, ""), "%s" % r)
try:
    format(r, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{r:>5}"
except TypeError as e:
    print(type(e).__name__, e)


class StrOnly:
    def __str__(self):
        return "str-only"


so = StrOnly()
print(so, repr(so).startswith("<__main__.StrOnly object at 0x"), [so][0] is so)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 1


try:
    format(BadFormat(), "")
except TypeError as e:
    print(type(e).__name__, e)


class Recursive:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return f"Recursive({self.items!r})"


print(repr([1, [2]]), Recursive().items[0].__class__.__name__)
lst = [1]
lst.append(lst)
d = {"a": 1}
d["self"] = d
print(lst, d)


class Inherits(Money):
    def __repr__(self):
        return "Inherits:" + super().__repr__()


i = Inherits(5)
print(i, repr(i), f"{i:cents}", object.__repr__(i).startswith("<__main__.Inherits object"), object.__str__(i))
print(ascii(Money(1)), ascii("é"), repr("é"), str(b"bytes"), repr(1.0), str(-0.0), repr(1e16), str(2 ** 64))
