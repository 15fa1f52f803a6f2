import numbers
from numbers import Number, Complex, Real, Rational, Integral

values = [1, True, 2.5, 1j, "x", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in (int, bool, float, complex, str):
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(Integral, Number), issubclass(Real, Rational), issubclass(Rational, Complex))
for c in (Number, Complex, Real, Rational, Integral):
    print(c.__name__, sorted(c.__abstractmethods__))
print(numbers.__all__, Number.__hash__)

class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return "MyInt(%d)" % self.v
for name in sorted(Integral.__abstractmethods__):
    if name != "__int__":
        setattr(MyInt, name, lambda self, *a: NotImplemented)
MyInt.__abstractmethods__ = frozenset()
m = MyInt(7)
print(m.__index__(), float(m), m.numerator, m.denominator, [10, 20, 30, 40, 50, 60, 70, 80][m], isinstance(m, Number))

class Broken(Real):
    pass
try:
    Broken()
except TypeError as e:
    print(type(e).__name__, e)

class Half(Rational):
    numerator = 1
    denominator = 2
Half.__abstractmethods__ = frozenset()
h = Half()
print(float(h), complex(h), h.imag, h.conjugate is not None)

class Vec(Complex):
    pass
Number.register(str)
print(isinstance("s", Number), isinstance("s", Complex))
