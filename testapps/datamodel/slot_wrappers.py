# Builtin dunders: slot wrappers (int.__add__) and methods (int.__round__), bound forms,
# __get__ by hand, their error messages, and number dunders called directly.
import types


def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)


# Kinds and reprs.
for d in [int.__add__, int.__index__, list.__len__, str.__repr__, object.__init__, dict.__setitem__,
          int.__round__, list.append, list.__getitem__, dict.__contains__, set.__contains__, str.__getitem__,
          float.__abs__, complex.__complex__, bytes.__bytes__, int.__getnewargs__]:
    print(type(d).__name__, d, d.__name__, d.__qualname__, d.__objclass__.__name__)
print(type(int.__dict__["real"]).__name__, int.__dict__["real"])
print(types.WrapperDescriptorType.__name__, types.MethodWrapperType.__name__, types.MethodDescriptorType.__name__)
print(isinstance(int.__add__, types.WrapperDescriptorType), isinstance(str.join, types.MethodDescriptorType))

# Bound: method-wrapper for a slot, builtin method for the rest.
n = 40
m = n.__add__
print(type(m).__name__, type([].append).__name__, m.__self__, m.__name__, m.__qualname__, m.__objclass__.__name__)
print(m(2), m == n.__add__, m != n.__add__, m == (41).__add__, n.__add__ == n.__sub__)
xs = [1]
print(xs.append == xs.append, xs.append == [].append, hash(xs.append) == hash(xs.append))
print(repr(m).startswith("<method-wrapper '__add__' of int object at 0x"), repr(xs.append).startswith("<built-in method append of list object at 0x"))

# __get__ by hand.
print(int.__add__.__get__(3)(4), str.upper.__get__("ab")(), int.__dict__["real"].__get__(7))
print(str.upper.__get__(None, str) is str.upper, int.__add__.__get__(None, int) is int.__add__)
attempt("get none", lambda: str.upper.__get__(None))
attempt("get wrong", lambda: str.upper.__get__(5))
attempt("get wrong slot", lambda: int.__add__.__get__("a"))
attempt("getset wrong", lambda: int.__dict__["real"].__get__("a"))
attempt("get no args", lambda: str.upper.__get__())
attempt("get kw", lambda: str.upper.__get__("a", owner=str))

# Unbound calls with the wrong receiver or argument count.
attempt("slot wrong type", lambda: int.__add__("a", 1))
attempt("slot wrong type 2", lambda: list.__len__(3))
attempt("method wrong type", lambda: list.append(5, 1))
attempt("slot no receiver", lambda: str.__len__())
attempt("method no receiver", lambda: list.append())
attempt("slot too few", lambda: int.__add__(1))
attempt("slot too many", lambda: list.__len__([], 1))
attempt("slot keywords", lambda: int.__add__(1, 2, x=3))
attempt("bound slot too few", lambda: (1).__add__())
attempt("bound slot too many", lambda: (1).__neg__(2))
attempt("method too many", lambda: list.__getitem__([1], 0, 1))
attempt("setitem too few", lambda: list.__setitem__([1], 0))
attempt("method keywords", lambda: [].append(x=1))
attempt("method count", lambda: [].append())

# Number dunders called directly.
for f in [lambda: (5).__abs__(), lambda: (-5).__abs__(), lambda: True.__abs__(), lambda: (-2.5).__abs__(), lambda: (3 + 4j).__abs__(),
          lambda: (5).__int__(), lambda: True.__int__(), lambda: (2.7).__int__(), lambda: (-2.7).__int__(), lambda: (5).__float__(),
          lambda: True.__float__(), lambda: (2.5).__float__(), lambda: (2 ** 70).__float__(), lambda: (1 + 2j).__complex__(),
          lambda: (7).__round__(), lambda: (7).__round__(-1), lambda: (15).__round__(-1), lambda: (25).__round__(-1), lambda: True.__round__(),
          lambda: (2.5).__round__(), lambda: (3.5).__round__(), lambda: (2.675).__round__(2), lambda: (2.5).__round__(None),
          lambda: (7).__trunc__(), lambda: (7).__floor__(), lambda: (-7).__ceil__(), lambda: True.__trunc__(),
          lambda: (5).__getnewargs__(), lambda: (5.0).__getnewargs__(), lambda: "ab".__getnewargs__(), lambda: b"a".__getnewargs__(),
          lambda: (1 + 2j).__getnewargs__(), lambda: True.__getnewargs__(), lambda: b"a".__bytes__()]:
    attempt("dunder", f)
attempt("round two", lambda: (5).__round__(1, 2))
attempt("round kw", lambda: (5).__round__(ndigits=1))
attempt("round float kw", lambda: (5.5).__round__(ndigits=1))
attempt("round str", lambda: (5.5).__round__("a"))
attempt("trunc arg", lambda: (5).__trunc__(1))
attempt("abs arg", lambda: (5).__abs__(1))
attempt("float overflow", lambda: (10 ** 400).__float__())
print(hasattr(5, "__abs__"), hasattr(5.0, "__round__"), hasattr("", "__abs__"), hasattr(b"", "__bytes__"), hasattr(bytearray(), "__bytes__"))


# Subclasses: the builtin's dunder gives the plain value; an override wins.
class MyInt(int):
    def __abs__(self):
        return "mine"


class MyFloat(float):
    pass


print(int.__abs__(MyInt(-3)), abs(MyInt(-3)), MyInt(-3).__abs__(), type(MyFloat(2.5).__float__()).__name__, type(MyInt(4).__int__()).__name__)
print(round(MyFloat(2.5)), MyFloat(2.567).__round__(1), type(MyInt(5).__getnewargs__()[0]).__name__)


# Builtin functions honour a number subclass's own dunders.
import math


class I(int):
    def __abs__(self): return "abs"
    def __round__(self, n=None): return ("round", n)
    def __float__(self): return 1.5
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __divmod__(self, o): return "divmod"
    def __rdivmod__(self, o): return "rdivmod"
    def __pow__(self, o, m=None): return ("pow", o, m)


class F(float):
    def __abs__(self): return "fabs"
    def __round__(self, n=None): return ("fround", n)
    def __float__(self): return 2.5
    def __floor__(self): return "ffloor"


class Plain(int):
    pass


class BadFloat(float):
    def __float__(self): return "x"


x, y, p = I(5), F(2.0), Plain(-7)
for label, f in [("abs", lambda: abs(x)), ("round", lambda: round(x)), ("round2", lambda: round(x, 2)), ("trunc", lambda: math.trunc(x)),
                 ("floor", lambda: math.floor(x)), ("ceil", lambda: math.ceil(x)), ("divmod", lambda: divmod(x, 2)), ("rdivmod", lambda: divmod(7, x)),
                 ("pow3", lambda: pow(x, 2, 3)), ("pow2", lambda: pow(x, 2)), ("fabs", lambda: abs(y)), ("fround", lambda: round(y)),
                 ("fround2", lambda: round(y, 1)), ("ffloor", lambda: math.floor(y)), ("complex", lambda: complex(y)), ("complex int", lambda: complex(x)),
                 ("complex imag", lambda: complex(1, y)), ("plain abs", lambda: abs(p)), ("plain round", lambda: round(p, -1)),
                 ("plain divmod", lambda: divmod(p, 2)), ("plain pow3", lambda: pow(p, 2, 5)), ("plain floor", lambda: math.floor(p)),
                 ("bad float", lambda: complex(BadFloat(1.0)))]:
    attempt(label, f)
