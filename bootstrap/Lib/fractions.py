"""Rational numbers (the fractions module).

Written for PyPack from the documentation and CPython 3.11's observed behaviour. A Fraction is
kept in lowest terms with a positive denominator. Mixed arithmetic follows the numeric tower:
with int or Fraction the result is exact, with float it is a float, with complex a complex.
A Decimal converts exactly, as a float does; decimal is not imported for it (a Decimal exists only
once a program has imported decimal).
"""

import math as _math
import numbers
import operator as _operator
import re as _re
import sys as _sys

__all__ = ['Fraction']

# hash() of a rational p/q is p * q^-1 modulo this prime, so equal numbers hash alike across types.
# CPython's sys.hash_info.modulus and .inf on 64-bit builds.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159

_LITERAL = _re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<whole>\d*|\d+(?:_\d+)*)
    (?:
        (?:/(?P<den>\d+(?:_\d+)*))?
      |
        (?:\.(?P<frac>\d*|\d+(?:_\d+)*))?
        (?:E(?P<exp>[-+]?\d+(?:_\d+)*))?
    )
    \s*\Z
""", _re.VERBOSE | _re.IGNORECASE)


def _parse(text):
    match = _LITERAL.match(text)
    if match is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    top = int(match.group('whole') or '0')
    bottom = 1
    if match.group('den'):
        bottom = int(match.group('den'))
    else:
        fraction_digits = match.group('frac')
        if fraction_digits:
            fraction_digits = fraction_digits.replace('_', '')
            scale = 10 ** len(fraction_digits)
            top = top * scale + int(fraction_digits)
            bottom *= scale
        exponent = match.group('exp')
        if exponent:
            exponent = int(exponent)
            if exponent >= 0:
                top *= 10 ** exponent
            else:
                bottom *= 10 ** -exponent
    if match.group('sign') == '-':
        top = -top
    return top, bottom


def _is_rational(value):
    return isinstance(value, numbers.Rational)


def _is_decimal(value):
    decimal = _sys.modules.get('decimal')
    return decimal is not None and isinstance(value, decimal.Decimal)


def _sum(na, da, nb, db):
    """na/da + nb/db in lowest terms (both in lowest terms, denominators positive)."""
    g = _math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + nb * da, da * db, _normalize=False)
    # With da = g*s and db = g*u: the sum is (na*u + nb*s) / (g*s*u), and a factor the
    # numerator shares with the denominator can only divide g.
    s = da // g
    top = na * (db // g) + nb * s
    g2 = _math.gcd(top, g)
    if g2 == 1:
        return Fraction(top, s * db, _normalize=False)
    return Fraction(top // g2, s * (db // g2), _normalize=False)


def _product(na, da, nb, db):
    """(na/da) * (nb/db) in lowest terms (both in lowest terms, denominators positive)."""
    g = _math.gcd(na, db)
    if g > 1:
        na //= g
        db //= g
    g = _math.gcd(nb, da)
    if g > 1:
        nb //= g
        da //= g
    return Fraction(na * nb, da * db, _normalize=False)


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75), Fraction(other)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                top, bottom = numerator, 1
            elif _is_rational(numerator):
                top, bottom = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float) or _is_decimal(numerator):
                top, bottom = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                top, bottom = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            top, bottom = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        if _normalize:
            divisor = _math.gcd(top, bottom)
            if bottom < 0:
                divisor = -divisor
            top //= divisor
            bottom //= divisor
        self._numerator = top
        self._denominator = bottom
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float (or an int) to a Fraction exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a Decimal (or an int) to a Fraction exactly."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if _is_decimal(dec):
            return cls(*dec.as_integer_ratio())
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents until the next denominator is too big.
        prev_p, prev_q, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            term = n // d
            next_q = prev_q + term * q
            if next_q > max_denominator:
                break
            prev_p, prev_q, p, q = p, q, prev_p + term * p, next_q
            n, d = d, n - term * d
        steps = (max_denominator - prev_q) // q
        semiconvergent = Fraction(prev_p + steps * p, prev_q + steps * q)
        convergent = Fraction(p, q)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        if format_spec:
            raise TypeError("unsupported format string passed to Fraction.__format__")
        return str(self)

    # Arithmetic. Each operator has an exact rule for rationals; float and complex operands
    # convert self and use their own arithmetic.

    def _binary(exact, inexact, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, (int, Fraction)):
                return exact(Fraction(a), b)
            if isinstance(a, float):
                return inexact(a, float(b))
            if isinstance(a, complex):
                return inexact(a, complex(b))
            return NotImplemented

        forward.__name__ = '__' + name + '__'
        reverse.__name__ = '__r' + name + '__'
        return forward, reverse

    # +, -, * and / cancel common factors before multiplying (Knuth, TAOCP 4.5.1): the gcds
    # run on the operands' denominators and numerators, which are about half the size of the
    # unreduced products, and a sum of fractions with small denominators (a harmonic sum)
    # takes a gcd with a small number instead of one between two long products. The result
    # is in lowest terms either way, so it is the same Fraction.

    def _add(a, b):
        return _sum(a.numerator, a.denominator, b.numerator, b.denominator)

    def _sub(a, b):
        return _sum(a.numerator, a.denominator, -b.numerator, b.denominator)

    def _mul(a, b):
        return _product(a.numerator, a.denominator, b.numerator, b.denominator)

    def _div(a, b):
        if b.numerator == 0:
            # CPython cancels the numerators' common factor first, so the message shows a's sign.
            raise ZeroDivisionError('Fraction(%s, 0)' % ((a.numerator > 0) - (a.numerator < 0)))
        if b.numerator < 0:
            return _product(a.numerator, a.denominator, -b.denominator, -b.numerator)
        return _product(a.numerator, a.denominator, b.denominator, b.numerator)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        quotient, rest = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return quotient, Fraction(rest, a.denominator * b.denominator)

    def _mod(a, b):
        rest = (a.numerator * b.denominator) % (a.denominator * b.numerator)
        return Fraction(rest, a.denominator * b.denominator)

    __add__, __radd__ = _binary(_add, _operator.add, 'add')
    __sub__, __rsub__ = _binary(_sub, _operator.sub, 'sub')
    __mul__, __rmul__ = _binary(_mul, _operator.mul, 'mul')
    __truediv__, __rtruediv__ = _binary(_div, _operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _binary(_floordiv, _operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _binary(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _binary(_mod, _operator.mod, 'mod')

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            power = -power
            if a._numerator >= 0:
                return Fraction(a._denominator ** power, a._numerator ** power, _normalize=False)
            return Fraction((-a._denominator) ** power, (-a._numerator) ** power, _normalize=False)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return _operator.index(-(-a._numerator // a._denominator))
        return _operator.index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = rest * 2
            if twice < self._denominator:
                return whole
            if twice > self._denominator:
                return whole + 1
            # Exactly half way: to the even neighbour.
            return whole if whole % 2 == 0 else whole + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: hashes as infinity does.
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, test):
        if isinstance(other, (int, Fraction)):
            return test(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return test(0.0, other)
            return test(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _operator.lt)

    def __gt__(a, b):
        return a._compare(b, _operator.gt)

    def __le__(a, b):
        return a._compare(b, _operator.le)

    def __ge__(a, b):
        return a._compare(b, _operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _binary, _add, _sub, _mul, _div, _floordiv, _divmod, _mod
