# Fraction is a numbers.Rational (its class, MRO and slots), and takes other Rationals as input.
import numbers
from fractions import Fraction

print(isinstance(Fraction(1, 2), numbers.Rational), issubclass(Fraction, numbers.Number))
print([c.__name__ for c in Fraction.__mro__], hasattr(Fraction(1), "__dict__"))
print(isinstance(Fraction(1), numbers.Integral), isinstance(3, numbers.Rational), isinstance(0.5, numbers.Rational))
print(Fraction(Fraction(3, 4)), Fraction(True), Fraction(3, 4) + True, Fraction(1, 3) * 3, Fraction(5, 2) == 2.5)
print(Fraction(1, 2).real, Fraction(1, 2).imag, Fraction(1, 2).conjugate(), complex(Fraction(1, 4)))
