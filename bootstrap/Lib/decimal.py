"""Decimal fixed and floating point arithmetic (the decimal module).

Written for PyPack from the General Decimal Arithmetic specification, the documentation and the
observed behaviour of CPython 3.11, whose decimal is the C one (_decimal on libmpdec): class reprs,
signal lists, messages and the order of flags are that version's. A finite number is a sign, an
int coefficient and an int exponent; specials keep a kind (infinity, NaN, sNaN) and a NaN its
payload in the coefficient. Every operation computes the exact result (or one with a sticky digit
that stands for what was dropped), then one routine rounds it to the context and collects the
conditions as bits; the context records them as flags and raises the first trapped signal with
the list of trapped conditions, as _decimal does.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple
import contextvars as _contextvars
from _threadstate import get_context as _running_context
from _types import c_type_name as _c_type_name
from _types import hide_from_tracebacks as _c_level
import _pypack_decimal as _native

# No __all__: as the C module, `from decimal import *` takes the public names.

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)


# --- signals ---------------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Conditions are bits. The four InvalidOperation conditions with their own classes keep their
# own bits, so a raised signal can list the condition that happened.
_CLAMPED = 1
_CONVERSION = 2
_DIV_BY_ZERO = 4
_DIV_IMPOSSIBLE = 8
_DIV_UNDEFINED = 16
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID = 256
_FLOAT = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_ANY_INVALID = _CONVERSION | _DIV_IMPOSSIBLE | _DIV_UNDEFINED | _INVALID_CONTEXT | _INVALID

# The signals in the order _decimal lists them (SignalDict iteration, the raised class).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
_SIGNAL_BITS = {InvalidOperation: _ANY_INVALID, FloatOperation: _FLOAT, DivisionByZero: _DIV_BY_ZERO,
                Overflow: _OVERFLOW, Underflow: _UNDERFLOW, Subnormal: _SUBNORMAL, Inexact: _INEXACT,
                Rounded: _ROUNDED, Clamped: _CLAMPED}
# What a raised signal's argument lists: the InvalidOperation conditions, then the other signals.
_CONDITION_LIST = ((_INVALID, InvalidOperation), (_CONVERSION, ConversionSyntax),
                   (_DIV_IMPOSSIBLE, DivisionImpossible), (_DIV_UNDEFINED, DivisionUndefined),
                   (_INVALID_CONTEXT, InvalidContext), (_FLOAT, FloatOperation),
                   (_DIV_BY_ZERO, DivisionByZero), (_OVERFLOW, Overflow), (_UNDERFLOW, Underflow),
                   (_SUBNORMAL, Subnormal), (_INEXACT, Inexact), (_ROUNDED, Rounded), (_CLAMPED, Clamped))
# Context's repr names the flags in libmpdec's bit order.
_REPR_ORDER = ((_CLAMPED, 'Clamped'), (_ANY_INVALID, 'InvalidOperation'), (_DIV_BY_ZERO, 'DivisionByZero'),
               (_INEXACT, 'Inexact'), (_FLOAT, 'FloatOperation'), (_OVERFLOW, 'Overflow'),
               (_ROUNDED, 'Rounded'), (_SUBNORMAL, 'Subnormal'), (_UNDERFLOW, 'Underflow'))

_SIGNAL_KEY_MESSAGE = ("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                       "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]")
_ROUNDING_MESSAGE = ("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                     "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")


def _signal_bits(signal):
    try:
        return _SIGNAL_BITS[signal]
    except (KeyError, TypeError):
        raise KeyError(_SIGNAL_KEY_MESSAGE) from None


def _bits_of(signals, message_if_bad):
    """A list of signals or a complete signal dict as bits."""
    bits = 0
    if isinstance(signals, (dict, _SignalDict)):
        if len(signals) != len(_SIGNALS) or any(s not in _SIGNAL_BITS for s in signals):
            raise KeyError('invalid signal dict')
        for signal in _SIGNALS:
            if signals[signal]:
                bits |= _SIGNAL_BITS[signal]
        return bits
    if isinstance(signals, (list, tuple)):
        for signal in signals:
            bits |= _signal_bits(signal)
        return bits
    raise TypeError(message_if_bad)


class SignalDict:
    """The flags or traps of a context: a mapping from the nine signals to bools, held as bits."""

    __slots__ = ('_context', '_traps')

    def __init__(self, context, traps):
        self._context = context
        self._traps = traps

    def _get_bits(self):
        return self._context._traps if self._traps else self._context._flags

    def _set_bits(self, bits):
        if self._traps:
            self._context._traps = bits
        else:
            self._context._flags = bits

    def __getitem__(self, signal):
        return bool(self._get_bits() & _signal_bits(signal))

    def __setitem__(self, signal, value):
        bit = _signal_bits(signal)
        if value:
            self._set_bits(self._get_bits() | bit)
        else:
            self._set_bits(self._get_bits() & ~bit)

    def __delitem__(self, signal):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, signal):
        return signal in _SIGNAL_BITS

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[s] for s in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s in _SIGNALS]

    def get(self, signal, default=None):
        if signal in _SIGNAL_BITS:
            return self[signal]
        return default

    def copy(self):
        return {s: self[s] for s in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._get_bits() == other._get_bits()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (s, self[s]) for s in _SIGNALS) + '}'


SignalDict.__module__ = 'abc'
_SignalDict = SignalDict
del SignalDict  # not a public name of decimal, as in CPython


# --- the context ---------------------------------------------------------------------------------

def _checked_int(value, low, high, message):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if value < low or value > high:
        raise ValueError(message)
    return value


@_c_type_name
class Context:
    """Precision, rounding, exponent limits, flags and traps for arithmetic."""

    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_capitals', '_clamp', '_flags', '_traps',
                 '_limit', '_fast_top', '__weakref__')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = DefaultContext if _default_ready else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._emin = -999999
        self._emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _ANY_INVALID | _DIV_BY_ZERO | _OVERFLOW
        if base is not None:
            self._prec, self._rounding = base._prec, base._rounding
            self._emin, self._emax = base._emin, base._emax
            self._capitals, self._clamp = base._capitals, base._clamp
            self._traps = base._traps
        self._update()
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _bits_of(traps, 'argument must be a signal dict')
        if flags is not None:
            self._flags = _bits_of(flags, 'argument must be a signal dict')

    def _update(self):
        self._limit = 10 ** self._prec if self._prec < 100000 else None
        self._fast_top = self._emax - self._prec + 1

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        self._prec = _checked_int(value, 1, MAX_PREC, 'valid range for prec is [1, MAX_PREC]')
        self._update()

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        self._emin = _checked_int(value, MIN_EMIN, 0, 'valid range for Emin is [MIN_EMIN, 0]')

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        self._emax = _checked_int(value, 0, MAX_EMAX, 'valid range for Emax is [0, MAX_EMAX]')
        self._update()

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        self._capitals = _checked_int(value, 0, 1, 'valid values for capitals are 0 or 1')

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        self._clamp = _checked_int(value, 0, 1, 'valid values for clamp are 0 or 1')

    @property
    def flags(self):
        return _SignalDict(self, False)

    @flags.setter
    def flags(self, value):
        self._flags = _bits_of(value, 'argument must be a signal dict')

    @property
    def traps(self):
        return _SignalDict(self, True)

    @traps.setter
    def traps(self, value):
        self._traps = _bits_of(value, 'argument must be a signal dict')

    def Etiny(self):
        return self._emin - self._prec + 1

    def Etop(self):
        return self._emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        other = Context.__new__(Context)
        other._prec, other._rounding = self._prec, self._rounding
        other._emin, other._emax = self._emin, self._emax
        other._capitals, other._clamp = self._capitals, self._clamp
        other._flags, other._traps = self._flags, self._traps
        other._update()
        return other

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self._flags & _SIGNAL_BITS[s]]
        traps = [s for s in _SIGNALS if self._traps & _SIGNAL_BITS[s]]
        return (self.__class__, (self._prec, self._rounding, self._emin, self._emax, self._capitals,
                                 self._clamp, flags, traps))

    def __repr__(self):
        flags = ', '.join(name for bit, name in _REPR_ORDER if self._flags & bit)
        traps = ', '.join(name for bit, name in _REPR_ORDER if self._traps & bit)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], '
                'traps=[%s])' % (self._prec, self._rounding, self._emin, self._emax, self._capitals,
                                 self._clamp, flags, traps))

    def _signal(self, status):
        """Records the conditions as flags; raises the first trapped signal with the trapped list."""
        self._flags |= status
        trapped = status & self._traps
        if trapped:
            for signal in _SIGNALS:
                if trapped & _SIGNAL_BITS[signal]:
                    break
            raise signal([cls for bit, cls in _CONDITION_LIST if trapped & bit])

    def _raise_invalid(self, status=_INVALID):
        """An InvalidOperation condition whose untrapped result is NaN."""
        self._signal(status)
        return _NAN

    # Operations through the context; ints are accepted as Decimals, floats and strs are not.

    def create_decimal(self, num='0'):
        if isinstance(num, float):
            self._signal(_FLOAT)
            d = _from_float(num)
        else:
            d = _construct(num, self)
        if d._special >= _NAN_KIND:
            return _fit_nan(d, self)
        if d._special:
            return d
        return _finish(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return self.create_decimal(d)

    def _operand(self, value):
        if isinstance(value, Decimal):
            return value
        if isinstance(value, int):
            return _from_int(value)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    def abs(self, a):
        return self._operand(a).__abs__(context=self)

    def add(self, a, b):
        return _add(self._operand(a), self._operand(b), self, 0)

    def subtract(self, a, b):
        return _add(self._operand(a), self._operand(b), self, 1)

    def multiply(self, a, b):
        return _multiply(self._operand(a), self._operand(b), self)

    def divide(self, a, b):
        return _divide(self._operand(a), self._operand(b), self)

    def divide_int(self, a, b):
        return _divmod(self._operand(a), self._operand(b), self, 1)

    def remainder(self, a, b):
        return _divmod(self._operand(a), self._operand(b), self, 2)

    def divmod(self, a, b):
        return _divmod(self._operand(a), self._operand(b), self, 3)

    def power(self, a, b, modulo=None):
        a = self._operand(a)
        b = self._operand(b)
        if modulo is None:
            return _power(a, b, self)
        return _power_modulo(a, b, self._operand(modulo), self)

    def minus(self, a):
        return self._operand(a).__neg__(context=self)

    def plus(self, a):
        return self._operand(a).__pos__(context=self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_decimal(self, a):
        return self._operand(a)

    def copy_abs(self, a):
        return self._operand(a).copy_abs()

    def copy_negate(self, a):
        return self._operand(a).copy_negate()

    def copy_sign(self, a, b):
        return self._operand(a).copy_sign(self._operand(b))

    def to_sci_string(self, a):
        return self._operand(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._operand(a).to_eng_string(context=self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_normal(self, a):
        return self._operand(a).is_normal(context=self)

    def is_subnormal(self, a):
        return self._operand(a).is_subnormal(context=self)

    def number_class(self, a):
        return self._operand(a).number_class(context=self)

    def same_quantum(self, a, b):
        return self._operand(a).same_quantum(self._operand(b))

    def fma(self, a, b, c):
        return self._operand(a).fma(self._operand(b), self._operand(c), context=self)


def _unary_through(name):
    def method(self, a):
        return getattr(self._operand(a), name)(context=self)
    method.__name__ = name
    return method


def _binary_through(name):
    def method(self, a, b):
        return getattr(self._operand(a), name)(self._operand(b), context=self)
    method.__name__ = name
    return method


def _plain_through(name):
    def method(self, a):
        return getattr(self._operand(a), name)()
    method.__name__ = name
    return method


for _name in ('exp', 'ln', 'log10', 'logb', 'logical_invert', 'next_minus', 'next_plus', 'normalize',
              'sqrt', 'to_integral', 'to_integral_exact', 'to_integral_value'):
    setattr(Context, _name, _unary_through(_name))
for _name in ('compare', 'compare_signal', 'logical_and', 'logical_or', 'logical_xor', 'max', 'max_mag',
              'min', 'min_mag', 'next_toward', 'quantize', 'remainder_near', 'rotate', 'scaleb', 'shift'):
    setattr(Context, _name, _binary_through(_name))
for _name in ('is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_signed', 'is_snan', 'is_zero'):
    setattr(Context, _name, _plain_through(_name))


def _compare_total_through(name):
    def method(self, a, b):
        return getattr(self._operand(a), name)(self._operand(b))
    method.__name__ = name
    return method


Context.compare_total = _compare_total_through('compare_total')
Context.compare_total_mag = _compare_total_through('compare_total_mag')
del _name

_default_ready = False
DefaultContext = Context()
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current_context = _contextvars.ContextVar('decimal_context')


# The decimal context last looked up or set, with the contextvars Context it belongs to: a value of
# ours changes only through setcontext() while its Context runs, so while the same Context runs
# (same thread, no run() of another) the cached one is still current. One tuple, so a thread
# switch between reading its two parts cannot pair them wrongly.
_cached = (object(), None)


def getcontext():
    """The current thread's (task's) context, made from DefaultContext at first use."""
    cached = _cached
    if _running_context() is cached[0]:
        return cached[1]
    return _lookup_context()


def _lookup_context():
    global _cached
    try:
        context = _current_context.get()
    except LookupError:
        context = DefaultContext.copy()
        context._flags = 0
        _current_context.set(context)
    _cached = (_running_context(), context)
    return context


def setcontext(context):
    """Makes context the current one (a copy, when it is one of the three templates)."""
    global _cached
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current_context.set(context)
    _cached = (_running_context(), context)


_LOCAL_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class ContextManager:
    """What localcontext() returns: sets a copy of the context for the with block."""

    def __init__(self, context):
        self._local = context
        self._saved = None

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._local)
        return self._local

    def __exit__(self, *exc):
        setcontext(self._saved)


_ContextManager = ContextManager
del ContextManager


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of ctx (the current context by default)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    local = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(local, key, value)
    return _ContextManager(local)


# --- rounding --------------------------------------------------------------------------------------

_FINITE = 0
_INF_KIND = 1
_NAN_KIND = 2
_SNAN_KIND = 3


def _digits(c):
    """Number of decimal digits of a non-negative int (1 for 0)."""
    if c < 10:
        return 1
    if c < 10 ** 18:
        n = (c.bit_length() * 1233) >> 12
        return n + 1 if c >= _POW10[n] else n
    return len(str(c))


_POW10 = [10 ** i for i in range(20)]


def _round_off(sign, c, k, rounding):
    """c with its k lowest digits removed, rounded; (quotient, dropped digits were non-zero)."""
    p = 10 ** k
    q, r = divmod(c, p)
    if not r:
        return q, False
    if rounding is ROUND_HALF_EVEN or rounding == ROUND_HALF_EVEN:
        half = p >> 1
        if r > half or (r == half and q & 1):
            q += 1
    elif rounding == ROUND_HALF_UP:
        if r >= p >> 1:
            q += 1
    elif rounding == ROUND_DOWN:
        pass
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_HALF_DOWN:
        if r > p >> 1:
            q += 1
    elif rounding == ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding == ROUND_FLOOR:
        if sign:
            q += 1
    elif q % 5 == 0:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        q += 1
    return q, True


def _overflow_goes_to_infinity(sign, rounding):
    if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
        return True
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    return False


def _make(sign, c, e, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    d._special = kind
    return d


def _finish(sign, c, e, ctx, status=0):
    """The exact value (-1)**sign * c * 10**e rounded to ctx, its conditions signalled."""
    limit = ctx._limit
    if limit is not None and c < limit and ctx._emin <= e <= ctx._fast_top:
        if status:
            ctx._signal(status)
        return _make(sign, c, e)
    prec = ctx._prec
    emin = ctx._emin
    emax = ctx._emax
    etiny = emin - prec + 1
    if c == 0:
        top = emax - prec + 1 if ctx._clamp else emax
        if e < etiny:
            e = etiny
            status |= _CLAMPED
        elif e > top:
            e = top
            status |= _CLAMPED
        if status:
            ctx._signal(status)
        return _make(sign, 0, e)
    n = _digits(c)
    adjusted = e + n - 1
    subnormal = adjusted < emin
    lowest = e + n - prec
    if lowest < etiny:
        lowest = etiny
    if e < lowest:
        c, inexact = _round_off(sign, c, lowest - e, ctx._rounding)
        e = lowest
        status |= _ROUNDED
        if inexact:
            status |= _INEXACT
            if subnormal:
                status |= _UNDERFLOW
        if c >= 10 ** prec:
            c //= 10
            e += 1
        if c == 0:
            status |= _CLAMPED
        adjusted = e + _digits(c) - 1
    if subnormal:
        status |= _SUBNORMAL
    if adjusted > emax:
        status |= _OVERFLOW | _INEXACT | _ROUNDED
        ctx._signal(status)
        if _overflow_goes_to_infinity(sign, ctx._rounding):
            return _make(sign, 0, 0, _INF_KIND)
        return _make(sign, 10 ** prec - 1, emax - prec + 1)
    if ctx._clamp and c:
        top = emax - prec + 1
        if e > top:
            c *= 10 ** (e - top)
            e = top
            status |= _CLAMPED
    if status:
        ctx._signal(status)
    return _make(sign, c, e)


def _fit_nan(d, ctx):
    """A NaN result: quiet, its payload cut to the digits the context allows."""
    room = ctx._prec - ctx._clamp
    payload = d._int
    if payload and _digits(payload) > room:
        payload = 0
    if d._special == _NAN_KIND and payload == d._int:
        return d
    return _make(d._sign, payload, 0, _NAN_KIND)


def _nan_result(a, b, ctx):
    """The NaN an operation on a and b gives when either is one, else None (sNaN first)."""
    if a._special == _SNAN_KIND:
        ctx._signal(_INVALID)
        return _fit_nan(a, ctx)
    if b is not None and b._special == _SNAN_KIND:
        ctx._signal(_INVALID)
        return _fit_nan(b, ctx)
    if a._special == _NAN_KIND:
        return _fit_nan(a, ctx)
    if b is not None and b._special == _NAN_KIND:
        return _fit_nan(b, ctx)
    return None


# --- construction ------------------------------------------------------------------------------------

def _from_int(value):
    if value < 0:
        return _make(1, -value, 0)
    return _make(0, int(value), 0)


def _from_float(f):
    if f != f:
        return _make(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _NAN_KIND)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_FLOAT, -_INF_FLOAT):
        return _make(sign, 0, 0, _INF_KIND)
    n, d = abs(f).as_integer_ratio()
    # d is a power of two: n / 2**k == n * 5**k / 10**k.
    k = d.bit_length() - 1
    return _make(sign, n * 5 ** k, -k)


_INF_FLOAT = float('inf')


def _ascii_digits(text):
    """text with its non-ASCII decimal digits made ASCII; None if another non-ASCII character is there."""
    out = []
    for ch in text:
        if ch < '\x80':
            out.append(ch)
        elif ch.isdecimal():
            out.append(str(int(ch)))
        else:
            return None
    return ''.join(out)


def _digit_run(text, i):
    """End of a run of digits starting at i."""
    n = len(text)
    j = i
    while j < n:
        ch = text[j]
        if '0' <= ch <= '9':
            j += 1
        else:
            break
    return j


def _parse(text):
    """A Decimal for the string, or None when it is not a number."""
    # The usual text, [sign] digits [. digits] in ASCII, without going through the general scan.
    if text.isascii():
        whole, _, fraction = text.partition('.')
        sign = 0
        if whole[:1] == '-':
            sign = 1
            whole = whole[1:]
        elif whole[:1] == '+':
            whole = whole[1:]
        if whole.isdigit():
            if not fraction:
                return _make(sign, int(whole), 0)
            if fraction.isdigit():
                return _make(sign, int(whole + fraction), -len(fraction))
        elif not whole and fraction.isdigit():
            return _make(sign, int(fraction), -len(fraction))
    # _decimal drops every underscore, wherever it is ('1__0', 'n_an', '1e_1' are numbers).
    text = text.strip().replace('_', '')
    if not text.isascii():
        text = _ascii_digits(text)
        if text is None:
            return None
    sign = 0
    i = 0
    n = len(text)
    if n and text[0] in '+-':
        sign = 1 if text[0] == '-' else 0
        i = 1
    rest = text[i:].lower()
    if rest in ('inf', 'infinity'):
        return _make(sign, 0, 0, _INF_KIND)
    if rest.startswith('nan') or rest.startswith('snan'):
        kind = _NAN_KIND if rest[0] == 'n' else _SNAN_KIND
        payload = rest[3:] if kind == _NAN_KIND else rest[4:]
        if payload:
            if not payload.isdigit():
                return None
            value = int(payload)
        else:
            value = 0
        return _make(sign, value, 0, kind)
    j = _digit_run(text, i)
    whole = text[i:j]
    fraction = ''
    if j < n and text[j] == '.':
        k = _digit_run(text, j + 1)
        fraction = text[j + 1:k]
        j = k
    if not whole and not fraction:
        return None
    exponent = 0
    if j < n and text[j] in 'eE':
        k = j + 1
        if k < n and text[k] in '+-':
            k += 1
        m = _digit_run(text, k)
        if m == k:
            return None
        exponent = int(text[j + 1:m])
        j = m
    if j != n:
        return None
    digits = whole + fraction
    return _make(sign, int(digits), exponent - len(fraction))


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exponent = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exponent, str):
        if exponent == 'F':
            return _make(sign, 0, 0, _INF_KIND)
        if exponent not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = _NAN_KIND if exponent == 'n' else _SNAN_KIND
    elif not isinstance(exponent, int):
        raise ValueError('exponent must be an integer')
    else:
        kind = _FINITE
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coefficient = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coefficient = coefficient * 10 + digit
    if kind != _FINITE:
        return _make(sign, coefficient, 0, kind)
    return _make(sign, coefficient, exponent)


def _construct(value, ctx):
    """Decimal(value) without rounding; conversion errors signal through ctx."""
    if isinstance(value, str):
        d = _parse(value)
        if d is None:
            ctx._signal(_CONVERSION)
            return _NAN
        return d
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, (tuple, list)):
        return _from_tuple(value)
    raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _coerce(other, ctx, floats=False):
    """other as a Decimal for a binary operator, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if floats and isinstance(other, float):
        return _from_float(other)
    return NotImplemented


def _operand(other, ctx):
    """An argument of a Decimal method: a Decimal or an int, else TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)


def _context(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# --- arithmetic ------------------------------------------------------------------------------

def _adjusted(d):
    return d._exp + _digits(d._int) - 1


def _add(a, b, ctx, negate):
    """a + b (a - b when negate), rounded to ctx."""
    bsign = b._sign ^ negate
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._special == _INF_KIND:
            if b._special == _INF_KIND and a._sign != bsign:
                return ctx._raise_invalid()
            return _make(a._sign, 0, 0, _INF_KIND)
        return _make(bsign, 0, 0, _INF_KIND)
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    if ca and cb and (ea - eb > 18 or eb - ea > 18):
        # An operand entirely below the other's last digit and the result's rounding (guard) digit
        # only counts as a sticky digit just below both; this keeps 1E+999999 + 1 from building a
        # million-digit int. Close exponents are cheaper to add exactly.
        if ea > eb:
            floor = ea + _digits(ca) - ctx._prec - 3
            if floor >= ea:
                floor = ea - 1
            if eb + _digits(cb) - 1 < floor and eb < floor:
                cb, eb = 1, floor
        else:
            floor = eb + _digits(cb) - ctx._prec - 3
            if floor >= eb:
                floor = eb - 1
            if ea + _digits(ca) - 1 < floor and ea < floor:
                ca, ea = 1, floor
    elif ca and not cb and ea - eb > ctx._prec + 2:
        eb = ea - ctx._prec - 2  # the zero's exponent only adds zeros that rounding removes
    elif cb and not ca and eb - ea > ctx._prec + 2:
        ea = eb - ctx._prec - 2
    if ea > eb:
        ca *= 10 ** (ea - eb)
        e = eb
    else:
        cb *= 10 ** (eb - ea)
        e = ea
    sa = -ca if a._sign else ca
    sb = -cb if bsign else cb
    total = sa + sb
    if total < 0:
        return _finish(1, -total, e, ctx)
    if total == 0 and a._sign != bsign:
        # An exact zero sum is +0, except -0 under ROUND_FLOOR; two -0s stay -0.
        return _finish(1 if ctx._rounding == ROUND_FLOOR else 0, 0, e, ctx)
    return _finish(a._sign if total == 0 else 0, total, e, ctx)


def _multiply(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if (a._special and not b._special and not b._int) or (b._special and not a._special and not a._int):
            return ctx._raise_invalid()
        return _make(sign, 0, 0, _INF_KIND)
    return _finish(sign, a._int * b._int, a._exp + b._exp, ctx)


def _divide(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._special:
            if b._special:
                return ctx._raise_invalid()
            return _make(sign, 0, 0, _INF_KIND)
        return _finish(sign, 0, ctx.Etiny(), ctx, _CLAMPED)
    if not b._int:
        if not a._int:
            return ctx._raise_invalid(_DIV_UNDEFINED)
        ctx._signal(_DIV_BY_ZERO)
        return _make(sign, 0, 0, _INF_KIND)
    ideal = a._exp - b._exp
    if not a._int:
        return _finish(sign, 0, ideal, ctx)
    ca, cb = a._int, b._int
    # An exact quotient straight at its exponent: ca / cb terminates when cb over the common
    # factor is 2**t * 5**f, and then max(t, f) digits past the ideal exponent hold it all (the
    # exponent the general path reaches by stripping zeros).
    g = _math.gcd(ca, cb)
    rest = cb // g
    twos = (rest & -rest).bit_length() - 1
    odd = rest >> twos
    fives = 0
    while odd % 5 == 0:
        odd //= 5
        fives += 1
    if odd == 1:
        k = twos if twos > fives else fives
        q = ca // g * (10 ** k // rest)
        if q < ctx._limit if ctx._limit is not None else _digits(q) <= ctx._prec:
            return _finish(sign, q, ideal - k, ctx)
    shift = ctx._prec + _digits(cb) - _digits(ca) + 1
    if shift < 0:
        shift = 0
    q, r = divmod(ca * 10 ** shift, cb)
    e = ideal - shift
    if r:
        return _finish(sign, q * 10 + 1, e - 1, ctx)
    while e < ideal and q % 10 == 0:
        q //= 10
        e += 1
    return _finish(sign, q, e, ctx)


def _divmod(a, b, ctx, mode):
    """Integer division: mode 1 the quotient, 2 the remainder, 3 both (a tuple)."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return (nan, nan) if mode == 3 else nan
        if a._special:
            if b._special:
                ctx._signal(_INVALID)
                return (_NAN, _NAN) if mode == 3 else _NAN
            if mode == 1:
                return _make(sign, 0, 0, _INF_KIND)
            ctx._signal(_INVALID)
            return (_make(sign, 0, 0, _INF_KIND), _NAN) if mode == 3 else _NAN
        q = _make(sign, 0, 0)
        if mode == 1:
            return q
        r = _finish(a._sign, a._int, a._exp, ctx)
        return (q, r) if mode == 3 else r
    if not b._int:
        if not a._int:
            ctx._signal(_DIV_UNDEFINED)
            return (_NAN, _NAN) if mode == 3 else _NAN
        if mode == 2:
            return ctx._raise_invalid()
        if mode == 3:
            ctx._signal(_DIV_BY_ZERO | _INVALID)
            return (_make(sign, 0, 0, _INF_KIND), _NAN)
        ctx._signal(_DIV_BY_ZERO)
        return _make(sign, 0, 0, _INF_KIND)
    e = a._exp if a._exp < b._exp else b._exp
    if a._int and _adjusted(a) - _adjusted(b) > ctx._prec:
        return ctx._raise_invalid(_DIV_IMPOSSIBLE) if mode != 3 else (ctx._raise_invalid(_DIV_IMPOSSIBLE), _NAN)
    ca = a._int * 10 ** (a._exp - e)
    cb = b._int * 10 ** (b._exp - e)
    q, r = divmod(ca, cb)
    if _digits(q) > ctx._prec:
        ctx._signal(_DIV_IMPOSSIBLE)
        return (_NAN, _NAN) if mode == 3 else _NAN
    quotient = _make(sign, q, 0)
    if mode == 1:
        return quotient
    remainder = _finish(a._sign, r, e, ctx)
    return (quotient, remainder) if mode == 3 else remainder


def _int_power(base, n, ctx):
    """base ** n for a finite base and an int n (may be negative), rounded to ctx."""
    sign = base._sign & n
    if not base._int:
        if n > 0:
            return _finish(sign, 0, 0, ctx)
        return _make(sign, 0, 0, _INF_KIND)
    m = -n if n < 0 else n
    c, e = base._int, base._exp
    exact_digits = _digits(c) * m
    if exact_digits <= 4 * ctx._prec + 40 and n > 0:
        return _finish(sign, c ** m, e * m, ctx)
    if n > 0 and c == 1:
        return _finish(sign, 1, e * m, ctx)
    # Binary powering with guard digits; each step keeps a sticky digit for what it dropped.
    extra = len(str(m)) + 4
    work = ctx._prec + extra
    limit = 10 ** work
    inexact = False

    def cut(x, xe):
        nonlocal inexact
        k = _digits(x) - work
        if k > 0:
            p = 10 ** k
            q, r = divmod(x, p)
            if r:
                inexact = True
                q = q * 10 + 1
                k -= 1
            return q, xe + k
        return x, xe

    rc, re_ = 1, 0
    bc, be = c, e
    while True:
        if m & 1:
            rc, re_ = cut(rc * bc, re_ + be)
        m >>= 1
        if not m:
            break
        bc, be = cut(bc * bc, be * 2)
    if n < 0:
        if inexact:
            rc, re_ = rc * 10 + 1, re_ - 1
        return _divide(_make(0, 1, 0), _make(sign, rc, re_), ctx)
    if inexact:
        return _finish(sign, rc, re_, ctx, _INEXACT | _ROUNDED)
    return _finish(sign, rc, re_, ctx)


def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0:
        return True
    return d._int % 10 ** (-d._exp) == 0


def _integral_value(d):
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = d._int // 10 ** (-d._exp)
    return -v if d._sign else v


def _power(a, b, ctx):
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
    if not b._special and _is_integral(b) and (b._exp <= 0 or _digits(b._int) + b._exp < 20):
        n = _integral_value(b)
        if a._special:
            if n == 0:
                return _finish(0, 1, 0, ctx)
            sign = a._sign & n
            if n < 0:
                return _make(sign, 0, 0)
            return _make(sign, 0, 0, _INF_KIND)
        if n == 0:
            if not a._int:
                return ctx._raise_invalid()
            return _finish(0, 1, 0, ctx)
        return _int_power(a, n, ctx)
    return _general_power(a, b, ctx)


def _power_modulo(a, b, m, ctx):
    for d in (a, b, m):
        if d._special == _SNAN_KIND:
            ctx._signal(_INVALID)
            return _fit_nan(d, ctx)
    for d in (a, b, m):
        if d._special == _NAN_KIND:
            return _fit_nan(d, ctx)
    if (a._special or b._special or m._special or not _is_integral(a) or not _is_integral(b)
            or not _is_integral(m) or b._sign or not m._int or _digits(m._int) + max(m._exp, 0) > ctx._prec
            or (not a._int and not b._int)):
        return ctx._raise_invalid()
    modulus = abs(_integral_value(m))
    value = pow(abs(_integral_value(a)), _integral_value(b), modulus)
    sign = a._sign & (_integral_value(b) & 1)
    return _finish(sign, value, 0, ctx)


def _compare_values(a, b):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if a._special == _INF_KIND or b._special == _INF_KIND:
        va = 0 if a._special != _INF_KIND else (-1 if a._sign else 1)
        vb = 0 if b._special != _INF_KIND else (-1 if b._sign else 1)
        if va or vb:
            if va == vb:
                return 0
            if va and vb:
                return -1 if va < vb else 1
            if va:
                return va
            return -vb
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    adj_a, adj_b = _adjusted(a), _adjusted(b)
    if adj_a != adj_b:
        return flip if adj_a > adj_b else -flip
    ca, cb = a._int, b._int
    if a._exp > b._exp:
        ca *= 10 ** (a._exp - b._exp)
    else:
        cb *= 10 ** (b._exp - a._exp)
    if ca == cb:
        return 0
    return flip if ca > cb else -flip


def _rescale(d, exp, rounding):
    """d's finite value at exponent exp, rounded; (coefficient, inexact)."""
    if exp <= d._exp:
        return d._int * 10 ** (d._exp - exp), False
    if not d._int:
        return 0, False
    k = exp - d._exp
    if k > _digits(d._int) + 1:
        # Everything is dropped: round 0.000...1 instead of building 10**k.
        q, inexact = _round_off(d._sign, 1, 2, rounding)
        return q, inexact
    return _round_off(d._sign, d._int, k, rounding)


def _quantize(a, b, ctx, rounding):
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._special == _INF_KIND and b._special == _INF_KIND:
            return _make(a._sign, 0, 0, _INF_KIND)
        return ctx._raise_invalid()
    exp = b._exp
    prec = ctx._prec
    emin = ctx._emin
    emax = ctx._emax
    if not (emin - prec + 1 <= exp <= emax):
        return ctx._raise_invalid()
    if a._int and a._exp + _digits(a._int) - 1 - exp >= prec:
        return ctx._raise_invalid()
    c, inexact = _rescale(a, exp, rounding)
    status = 0
    if c:
        adjusted = exp + _digits(c) - 1
        if adjusted - exp >= prec or adjusted > emax:
            return ctx._raise_invalid()
        if adjusted < emin:
            status = _SUBNORMAL | _UNDERFLOW if inexact else _SUBNORMAL
    if exp > a._exp and a._int:
        status |= _ROUNDED | _INEXACT if inexact else _ROUNDED
    if status:
        ctx._signal(status)
    return _make(a._sign, c, exp)


def _to_integral(d, ctx, rounding, exact):
    if d._special:
        nan = _nan_result(d, None, ctx)
        if nan is not None:
            return nan
        return d
    if d._exp >= 0:
        return d
    c, inexact = _rescale(d, 0, ctx._rounding if rounding is None else rounding)
    if exact:
        status = _ROUNDED | (_INEXACT if inexact else 0) if d._int else 0
        if status:
            ctx._signal(status)
    return _make(d._sign, c, 0)


def _sqrt(d, ctx):
    if d._special:
        nan = _nan_result(d, None, ctx)
        if nan is not None:
            return nan
        if d._sign:
            return ctx._raise_invalid()
        return d
    ideal = d._exp >> 1
    if not d._int:
        return _finish(d._sign, 0, ideal, ctx)
    if d._sign:
        return ctx._raise_invalid()
    prec = ctx._prec
    # c * 10**e with e even, scaled so the root has at least prec + 1 digits.
    c, e = d._int, d._exp
    if e & 1:
        c *= 10
        e -= 1
    shift = prec + 1 - (_digits(c) + 1) // 2
    if shift < 0:
        shift = 0
    c *= 10 ** (2 * shift)
    e -= 2 * shift
    root = _math.isqrt(c)
    e //= 2
    if root * root != c:
        return _finish(0, root * 10 + 1, e - 1, ctx, _ROUNDED | _INEXACT)
    while e < ideal and root % 10 == 0:
        root //= 10
        e += 1
    return _finish(0, root, e, ctx)


# --- text ------------------------------------------------------------------------------------------

def _special_text(d):
    sign = '-' if d._sign else ''
    if d._special == _INF_KIND:
        return sign + 'Infinity'
    text = sign + ('NaN' if d._special == _NAN_KIND else 'sNaN')
    return text + str(d._int) if d._int else text


def _to_text(d, engineering, capitals):
    if d._special:
        return _special_text(d)
    sign = '-' if d._sign else ''
    digits = str(d._int)
    e = d._exp
    n = len(digits)
    adjusted = e + n - 1
    if e <= 0 and adjusted >= -6:
        if e == 0:
            return sign + digits
        point = n + e
        if point > 0:
            return sign + digits[:point] + '.' + digits[point:]
        return sign + '0.' + '0' * -point + digits
    mark = 'E' if capitals else 'e'
    if not engineering:
        shown = adjusted
        body = digits[0] + ('.' + digits[1:] if n > 1 else '')
    elif d._int:
        shown = adjusted - adjusted % 3
        before = adjusted - shown + 1
        if n <= before:
            body = digits + '0' * (before - n)
        else:
            body = digits[:before] + '.' + digits[before:]
    else:
        shown = -(-e // 3) * 3
        zeros = shown - e
        body = '0.' + '0' * zeros if zeros else '0'
    if shown == 0 and engineering:
        return sign + body
    return sign + body + mark + ('+' if shown >= 0 else '-') + str(abs(shown))


def _parse_spec(spec):
    """(fill, align, sign, z, zero, width, comma, precision, type) of a format spec."""
    fill, align = ' ', None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    coerce_zero = False
    if i < n and spec[i] == 'z':
        coerce_zero = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    i = j
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        precision = int(spec[i + 1:j])
        i = j
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
        if kind not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n or (kind == 'n' and comma):
        raise ValueError('invalid format string')
    if zero and align is None:
        fill, align = '0', '='
    return fill, align or '>', sign, coerce_zero, zero, width, comma, precision, kind


def _group(intpart, min_width):
    """intpart with a comma every three digits, widened with zeros to min_width; no comma leads."""
    digits = intpart[::-1]
    out = []
    i = 0
    count = 0
    while True:
        out.append(digits[i] if i < len(digits) else '0')
        i += 1
        count += 1
        if i >= len(digits) and len(out) >= min_width:
            break
        if count == 3:
            out.append(',')
            count = 0
    return ''.join(reversed(out))


def _format(d, spec, ctx):
    fill, align, sign_opt, coerce_zero, zero, width, comma, precision, kind = _parse_spec(spec)
    negative = d._sign
    if d._special:
        if zero and align == '=' and fill == '0':
            fill, align = ' ', '>'  # the 0 flag does not pad Infinity and NaN with zeros
        body = _special_text(d).lstrip('-')
        if kind == '%':
            body += '%'
    else:
        c, e = d._int, d._exp
        rounding = ctx._rounding
        if kind == '%':
            e += 2
        if not c and e > 0 and kind in ('f', 'F', '%'):
            e = 0
        if precision is not None:
            if kind in ('f', 'F', '%'):
                if e < -precision:
                    c, _ = _rescale(_make(negative, c, e), -precision, rounding)
                    e = -precision
                elif e > -precision:
                    c *= 10 ** (e + precision)
                    e = -precision
            elif c:
                keep = precision + 1 if kind in ('e', 'E') else max(precision, 1)
                drop = _digits(c) - keep
                if drop > 0:
                    c, _ = _round_off(negative, c, drop, rounding)
                    e += drop
                    if _digits(c) > keep:
                        c //= 10
                        e += 1
                elif drop < 0 and kind in ('e', 'E'):
                    c *= 10 ** -drop
                    e += drop
        if coerce_zero and not c:
            negative = 0
        digits = str(c)
        leftdigits = e + len(digits)
        if kind in ('e', 'E'):
            dot = 1 - precision if (not c and precision is not None) else 1
        elif kind in ('f', 'F', '%'):
            dot = leftdigits
        elif e <= 0 and leftdigits > -6:
            dot = leftdigits
        else:
            dot = 1
        if dot <= 0:
            intpart, frac = '0', '0' * -dot + digits
        elif dot >= len(digits):
            intpart, frac = digits + '0' * (dot - len(digits)), ''
        else:
            intpart, frac = digits[:dot], digits[dot:]
        exponent = leftdigits - dot
        tail = '.' + frac if frac else ''
        if kind in ('e', 'E') or (kind not in ('f', 'F', '%') and exponent != 0):
            if kind is None:
                mark = 'E' if ctx._capitals else 'e'
            else:
                mark = 'E' if kind in ('E', 'G') else 'e'
            tail += mark + ('+' if exponent >= 0 else '-') + str(abs(exponent))
        if kind == '%':
            tail += '%'
        if comma:
            sign_len = 1 if (negative or sign_opt != '-') else 0
            min_width = width - sign_len - len(tail) if zero and align == '=' and fill == '0' else 0
            intpart = _group(intpart, min_width)
        body = intpart + tail
    sign = '-' if negative else ('' if sign_opt == '-' else sign_opt)
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '=':
        return sign + fill * pad + body
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)
    return fill * pad + sign + body


# --- transcendental functions ---------------------------------------------------------------------
# Fixed point: an int v stands for v / 10**w. Each function is computed with guard digits and an
# error of a few units in its last place; _correctly_rounded widens w until the numbers just below
# and just above the approximation round alike, which makes the result the correctly rounded one.

_LN_CACHE = {}


def _atanh_inverse(q, w):
    """atanh(1/q) * 10**w."""
    one = 10 ** w
    term = one // q
    q2 = q * q
    total = term
    k = 1
    while term:
        term //= q2
        k += 2
        total += term // k
    return total


def _ln2_ln10(w):
    cached = _LN_CACHE.get(w)
    if cached is None:
        ln2 = 2 * _atanh_inverse(3, w)
        cached = (ln2, 3 * ln2 + 2 * _atanh_inverse(9, w))
        _LN_CACHE.clear()
        _LN_CACHE[w] = cached
    return cached


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, within a few units."""
    n = _digits(c)
    a = e + n - 1
    g = w + len(str(abs(a))) + 8
    one = 10 ** g
    shift = g - (n - 1)
    m = c * 10 ** shift if shift >= 0 else c // 10 ** -shift
    k = (m // one).bit_length() - 1
    m >>= k
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    term = z
    total = z
    i = 1
    while term:
        term = term * z2 // one
        i += 2
        total += term // i
    ln2, ln10 = _ln2_ln10(g)
    return (2 * total + k * ln2 + a * ln10) // 10 ** (g - w)


def _exp_fixed(t, w, digits):
    """exp(t / 10**w) as (v, scale): about `digits` significant digits, value v * 10**-scale."""
    ln2, ln10 = _ln2_ln10(w)
    k = t // ln10
    r = t - k * ln10
    one = 10 ** w
    halvings = 8
    r >>= halvings
    total = one
    term = one
    i = 0
    while term:
        i += 1
        term = term * r // (one * i)
        total += term
    for _ in range(halvings):
        total = total * total // one
    # total / 10**w is exp(r) in [1, 10): keep `digits` of it.
    drop = w - digits
    if drop > 0:
        total //= 10 ** drop
        return total, digits - k
    return total, w - k


def _same_rounding(lo, hi, prec, sign, rounding):
    n = _digits(hi)
    if lo <= 0 or _digits(lo) != n or n <= prec:
        return False
    k = n - prec
    return _round_off(sign, lo, k, rounding)[0] == _round_off(sign, hi, k, rounding)[0]


def _half_even(finish, ctx):
    """finish() with ctx rounding half-even: sqrt, exp, ln and log10 ignore the context's rounding."""
    saved = ctx._rounding
    ctx._rounding = ROUND_HALF_EVEN
    try:
        return finish()
    finally:
        ctx._rounding = saved


def _correctly_rounded(sign, compute, ctx):
    """Rounds compute(w) = (v, scale), value v * 10**-scale within 20 units, to ctx."""
    prec = ctx._prec
    w = prec + 12
    while True:
        v, scale = compute(w)
        if v < 0:
            v = -v
        lo, hi = v - 20, v + 20
        if _same_rounding(lo, hi, prec, sign, ctx._rounding) or w > 8 * prec + 200:
            return _finish(sign, v * 10 + 1, -scale - 1, ctx)
        short = prec + 12 - _digits(v)
        w += short if short > 0 else w // 2 + 10


def _decimal_exp(d, ctx):
    if d._special:
        nan = _nan_result(d, None, ctx)
        if nan is not None:
            return nan
        return _make(0, 0, 0) if d._sign else d
    if not d._int:
        return _finish(0, 1, 0, ctx)
    adjusted = _adjusted(d)
    prec = ctx._prec
    if adjusted < -(prec + 2):
        # 1 + x with |x| below the last digit: only the side of 1 matters.
        extra = prec + 5
        if d._sign:
            return _finish(0, 10 ** extra - 1, -extra, ctx)
        return _finish(0, 10 ** extra + 1, -extra, ctx)
    limit = len(str(max(ctx._emax, -ctx.Etiny()))) + 1
    if adjusted > limit:
        if d._sign:
            return _finish(0, 1, ctx.Etiny() - 2, ctx)
        return _finish(0, 1, ctx._emax + 2, ctx)

    def compute(w):
        g = w + adjusted + 6 if adjusted > 0 else w + 6
        t = d._int * 10 ** (g + d._exp) if g + d._exp >= 0 else d._int // 10 ** -(g + d._exp)
        if d._sign:
            t = -t
        return _exp_fixed(t, g, w)

    return _correctly_rounded(0, compute, ctx)


def _decimal_ln(d, ctx, base10):
    if d._special:
        nan = _nan_result(d, None, ctx)
        if nan is not None:
            return nan
        if d._sign:
            return ctx._raise_invalid()
        return d
    if not d._int:
        return _make(1, 0, 0, _INF_KIND)
    if d._sign:
        return ctx._raise_invalid()
    c = d._int
    if base10:
        stripped = c
        zeros = 0
        while stripped % 10 == 0:
            stripped //= 10
            zeros += 1
        if stripped == 1:
            power = d._exp + zeros
            return _finish(1 if power < 0 else 0, abs(power), 0, ctx)
    elif c == 1 and d._exp == 0:
        return _make(0, 0, 0)

    def compute(w):
        v = _ln_fixed(c, d._exp, w + 4)
        if base10:
            ln10 = _ln2_ln10(w + 4)[1]
            v = v * 10 ** (w + 4) // ln10
        return v // 10 ** 4, w

    sign = 1 if _compare_values(d, _make(0, 1, 0)) < 0 else 0
    return _correctly_rounded(sign, compute, ctx)


def _general_power(a, b, ctx):
    """a ** b for a b that is not a (small) integer, or an infinite operand."""
    one = _make(0, 1, 0)
    if b._special == _INF_KIND:
        if a._sign and (a._special or a._int):
            return ctx._raise_invalid()
        if a._special:
            return _make(0, 0, 0) if b._sign else _make(0, 0, 0, _INF_KIND)
        side = _compare_values(_make(0, a._int, a._exp), one)
        if side == 0:
            return _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx, _INEXACT | _ROUNDED)
        if (side > 0) != bool(b._sign):
            return _make(0, 0, 0, _INF_KIND)
        return _make(0, 0, 0)
    integral = _is_integral(b)
    if a._sign and (a._special or a._int) and not integral:
        return ctx._raise_invalid()
    odd = integral and b._exp <= 0 and _integral_value(b) & 1
    sign = a._sign if odd else 0
    if a._special:
        return _make(sign, 0, 0) if b._sign else _make(sign, 0, 0, _INF_KIND)
    if not a._int:
        if not b._int:
            return ctx._raise_invalid()
        return _make(sign, 0, 0, _INF_KIND) if b._sign else _make(sign, 0, 0)
    if not b._int:
        return _finish(0, 1, 0, ctx)
    cb = -b._int if b._sign else b._int
    adjusted_b = _adjusted(b)
    magnitude = _adjusted(a)
    limit = len(str(max(ctx._emax, -ctx.Etiny()))) + 2
    side = _compare_values(_make(0, a._int, a._exp), one)
    if side == 0:
        return _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx, _INEXACT | _ROUNDED)
    if adjusted_b + len(str(abs(magnitude) + 1)) > limit + 1:
        # |b * ln a| is far beyond the exponent range: overflow or underflow.
        if (side > 0) != bool(b._sign):
            return _finish(sign, 1, ctx._emax + 2, ctx)
        return _finish(sign, 1, ctx.Etiny() - 2, ctx)

    def compute(w):
        g = w + (adjusted_b if adjusted_b > 0 else 0) + 8
        ln_a = _ln_fixed(a._int, a._exp, g)
        t = ln_a * cb
        t = t * 10 ** b._exp if b._exp >= 0 else t // 10 ** -b._exp
        return _exp_fixed(t, g, w)

    return _correctly_rounded(sign, compute, ctx)


# --- the number ----------------------------------------------------------------------------------------

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_TEN_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _exact_ratio(d):
    """(numerator, denominator) of a finite Decimal, not reduced."""
    n = -d._int if d._sign else d._int
    if d._exp >= 0:
        return n * 10 ** d._exp, 1
    return n, 10 ** -d._exp


def _logical_digits(d, ctx):
    """The coefficient's digits as a string of 0s and 1s, or None when d is not a logical operand."""
    if d._special or d._sign or d._exp != 0:
        return None
    text = str(d._int)
    if len(text) > ctx._prec or text.strip('01'):
        return None
    return text


def _logical(a, b, ctx, op):
    x = _logical_digits(a, ctx)
    y = _logical_digits(b, ctx) if b is not None else '0'
    if x is None or y is None:
        return ctx._raise_invalid()
    width = ctx._prec
    x = x.rjust(width, '0')
    y = y.rjust(width, '0')
    out = []
    for p, q in zip(x, y):
        if op == 0:
            bit = p == '1' and q == '1'
        elif op == 1:
            bit = p == '1' or q == '1'
        elif op == 2:
            bit = p != q
        else:
            bit = p == '0'
        out.append('1' if bit else '0')
    return _make(0, int(''.join(out)), 0)


def _shift_amount(b, ctx):
    if b._special or b._exp != 0 or _digits(b._int) > 18 or b._int > ctx._prec:
        return None
    return -b._int if b._sign else b._int


_NO_ARGUMENT = object()


@_c_type_name
class Decimal:
    """Floating point decimal number: an exact value and an exponent that records its quantum."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if context is None and cls is Decimal:
            d = _native_convert(value)
            if d is not None:
                return d
        ctx = getcontext() if context is None else _context(context)
        if type(value) is str:
            d = _parse(value)
            if d is None:
                ctx._signal(_CONVERSION)
                d = _NAN
        elif type(value) is int:
            d = _make(1, -value, 0) if value < 0 else _make(0, value, 0)
        elif isinstance(value, float):
            ctx._signal(_FLOAT)
            d = _from_float(value)
        else:
            d = _construct(value, ctx)
        if cls is Decimal:
            return d
        out = object.__new__(cls)
        out._sign, out._int, out._exp, out._special = d._sign, d._int, d._exp, d._special
        return out

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # --- text

    def __repr__(self):
        return "Decimal('%s')" % self

    def __str__(self, eng=False, context=None):
        if context is None:
            text = _native_plain_text(self)
            if text is not None:
                return text
        return _to_text(self, eng, _context(context)._capitals)

    def to_eng_string(self, context=None):
        return _to_text(self, True, _context(context)._capitals)

    def __format__(self, spec, override=None):
        if not isinstance(spec, str):
            raise TypeError('format spec must be a string')
        return _format(self, spec, getcontext())

    def as_tuple(self):
        if self._special == _INF_KIND:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(ch) for ch in str(self._int)) if (self._int or not self._special) else ()
        if self._special:
            return DecimalTuple(self._sign, digits, 'n' if self._special == _NAN_KIND else 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == _INF_KIND:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        n, d = _exact_ratio(self)
        g = _math.gcd(n, d)
        return n // g, d // g

    # --- conversions

    def __bool__(self):
        return bool(self._special or self._int)

    def _integral_checked(self):
        if self._special:
            if self._special == _INF_KIND:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')

    def __int__(self):
        self._integral_checked()
        return _integral_value(self)

    __trunc__ = __int__

    def __floor__(self):
        self._integral_checked()
        n, d = _exact_ratio(self)
        return n // d

    def __ceil__(self):
        self._integral_checked()
        n, d = _exact_ratio(self)
        return -(-n // d)

    def __float__(self):
        if self._special == _SNAN_KIND:
            raise ValueError('cannot convert signaling NaN to float')
        if self._special == _NAN_KIND:
            return -_NAN_FLOAT if self._sign else _NAN_FLOAT
        return float(_to_text(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=_NO_ARGUMENT):
        if n is _NO_ARGUMENT:
            self._integral_checked()
            c, _ = _rescale(self, 0, ROUND_HALF_EVEN)
            return -c if self._sign else c
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return _quantize(self, _make(0, 1, -n), getcontext(), getcontext()._rounding)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _make(0, 0, 0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # --- hashing and comparison

    def __hash__(self):
        h = _native_hash(self)
        if h is not None:
            return h
        if self._special:
            if self._special == _SNAN_KIND:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == _NAN_KIND:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_TEN_INVERSE, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _order(self, other, equality):
        """-1/0/1 against other, None when a NaN is involved, NotImplemented for other types."""
        if isinstance(other, Decimal):
            o = other
        elif isinstance(other, int):
            o = _from_int(other)
        elif isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx._flags |= _FLOAT
            else:
                ctx._signal(_FLOAT)
            o = _from_float(other)
        elif isinstance(other, _numbers.Rational):
            if self._special:
                if self._special >= _NAN_KIND:
                    return self._nan_order(None, equality)
                return -1 if self._sign else 1
            n, d = _exact_ratio(self)
            left, right = n * other.denominator, other.numerator * d
            return (left > right) - (left < right)
        elif equality and isinstance(other, complex) and other.imag == 0:
            return self._order(other.real, equality)
        else:
            return NotImplemented
        if self._special >= _NAN_KIND or o._special >= _NAN_KIND:
            return self._nan_order(o, equality)
        return _compare_values(self, o)

    def _nan_order(self, other, equality):
        snan = self._special == _SNAN_KIND or (other is not None and other._special == _SNAN_KIND)
        if snan or not equality:
            getcontext()._signal(_INVALID)
        return None

    def __eq__(self, other):
        r = _native_compare(self, other)
        if r is None:
            r = self._order(other, True)
            if r is NotImplemented:
                return r
        return r == 0

    def __ne__(self, other):
        r = _native_compare(self, other)
        if r is None:
            r = self._order(other, True)
            if r is NotImplemented:
                return r
        return r != 0

    def __lt__(self, other):
        r = _native_compare(self, other)
        if r is None:
            r = self._order(other, False)
            if r is NotImplemented or r is None:
                return False if r is None else r
        return r < 0

    def __le__(self, other):
        r = _native_compare(self, other)
        if r is None:
            r = self._order(other, False)
            if r is NotImplemented or r is None:
                return False if r is None else r
        return r <= 0

    def __gt__(self, other):
        r = _native_compare(self, other)
        if r is None:
            r = self._order(other, False)
            if r is NotImplemented or r is None:
                return False if r is None else r
        return r > 0

    def __ge__(self, other):
        r = _native_compare(self, other)
        if r is None:
            r = self._order(other, False)
            if r is NotImplemented or r is None:
                return False if r is None else r
        return r >= 0

    # --- arithmetic operators

    def __add__(self, other):
        r = _native_add(self, other, getcontext(), 0)
        if r is not None:
            return r
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _add(self, other, getcontext(), 0)

    def __radd__(self, other):
        r = _native_add(other, self, getcontext(), 0)
        if r is not None:
            return r
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _add(other, self, getcontext(), 0)

    def __sub__(self, other):
        r = _native_add(self, other, getcontext(), 1)
        if r is not None:
            return r
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _add(self, other, getcontext(), 1)

    def __rsub__(self, other):
        r = _native_add(other, self, getcontext(), 1)
        if r is not None:
            return r
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _add(other, self, getcontext(), 1)

    def __mul__(self, other):
        r = _native_multiply(self, other, getcontext())
        if r is not None:
            return r
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _multiply(self, other, getcontext())

    def __rmul__(self, other):
        r = _native_multiply(other, self, getcontext())
        if r is not None:
            return r
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _multiply(other, self, getcontext())

    def __truediv__(self, other):
        r = _native_divide(self, other, getcontext())
        if r is not None:
            return r
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _divide(self, other, getcontext())

    def __rtruediv__(self, other):
        r = _native_divide(other, self, getcontext())
        if r is not None:
            return r
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _divide(other, self, getcontext())

    def __floordiv__(self, other):
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _divmod(self, other, getcontext(), 1)

    def __rfloordiv__(self, other):
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext(), 1)

    def __mod__(self, other):
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _divmod(self, other, getcontext(), 2)

    def __rmod__(self, other):
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext(), 2)

    def __divmod__(self, other):
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _divmod(self, other, getcontext(), 3)

    def __rdivmod__(self, other):
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext(), 3)

    def __pow__(self, other, modulo=None):
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        if modulo is None:
            return _power(self, other, getcontext())
        modulo = _coerce(modulo, None)
        if modulo is NotImplemented:
            return modulo
        return _power_modulo(self, other, modulo, getcontext())

    def __rpow__(self, other, modulo=None):
        other = _coerce(other, None)
        if other is NotImplemented:
            return other
        if modulo is None:
            return _power(other, self, getcontext())
        modulo = _coerce(modulo, None)
        if modulo is NotImplemented:
            return modulo
        return _power_modulo(other, self, modulo, getcontext())

    def __neg__(self, context=None):
        return self._signed(1 - self._sign, _context(context))

    def __pos__(self, context=None):
        return self._signed(self._sign, _context(context))

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._signed(0, _context(context))

    def _signed(self, sign, ctx):
        """self with the given sign, rounded to ctx, as the specification's plus and minus."""
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return _make(sign, 0, 0, _INF_KIND)
        if not self._int and sign and ctx._rounding != ROUND_FLOOR:
            sign = 0  # 0 + -0 is +0 except when rounding toward -Infinity
        return _finish(sign, self._int, self._exp, ctx)

    # --- methods with a context

    def _ctx_operand(self, other, context):
        return _operand(other, None), _context(context)

    def compare(self, other, context=None):
        other, ctx = self._ctx_operand(other, context)
        nan = _nan_result(self, other, ctx) if (self._special >= _NAN_KIND or other._special >= _NAN_KIND) else None
        if nan is not None:
            return nan
        return _from_int(_compare_values(self, other))

    def compare_signal(self, other, context=None):
        other, ctx = self._ctx_operand(other, context)
        if self._special >= _NAN_KIND or other._special >= _NAN_KIND:
            ctx._signal(_INVALID)
            return _fit_nan(self if self._special >= _NAN_KIND else other, ctx)
        return _from_int(_compare_values(self, other))

    def _total_key(self):
        """Orders by the total ordering of the specification (sign handled by the caller)."""
        if self._special == _NAN_KIND:
            return (3, self._int, 0)
        if self._special == _SNAN_KIND:
            return (2, self._int, 0)
        return (1, 0, 0) if self._special == _INF_KIND else (0, 0, 0)

    def compare_total(self, other, context=None):
        other = _operand(other, None)
        return _from_int(_total_order(self, other))

    def compare_total_mag(self, other, context=None):
        other = _operand(other, None)
        return _from_int(_total_order(self.copy_abs(), other.copy_abs()))

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _operand(other, None)
        return _make(other._sign, self._int, self._exp, self._special)

    def adjusted(self):
        if self._special:
            return 0
        return _adjusted(self)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == _INF_KIND

    def is_nan(self):
        return self._special >= _NAN_KIND

    def is_qnan(self):
        return self._special == _NAN_KIND

    def is_snan(self):
        return self._special == _SNAN_KIND

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and not self._int

    def is_normal(self, context=None):
        ctx = _context(context)
        return not self._special and bool(self._int) and _adjusted(self) >= ctx._emin

    def is_subnormal(self, context=None):
        ctx = _context(context)
        return not self._special and bool(self._int) and _adjusted(self) < ctx._emin

    def number_class(self, context=None):
        ctx = _context(context)
        sign = '-' if self._sign else '+'
        if self._special == _SNAN_KIND:
            return 'sNaN'
        if self._special == _NAN_KIND:
            return 'NaN'
        if self._special == _INF_KIND:
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if _adjusted(self) < ctx._emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return _make(0, 10, 0)

    def same_quantum(self, other, context=None):
        other = _operand(other, None)
        if self._special or other._special:
            return (self._special >= _NAN_KIND and other._special >= _NAN_KIND) or \
                (self._special == _INF_KIND and other._special == _INF_KIND)
        return self._exp == other._exp

    def quantize(self, exp, rounding=None, context=None):
        if context is None:
            r = _native_quantize(self, exp, getcontext(), rounding)
            if r is not None:
                return r
        if not isinstance(exp, Decimal):
            exp = _operand(exp, None)
        ctx = getcontext() if context is None else _context(context)
        if rounding is None:
            rounding = ctx._rounding
        elif not isinstance(rounding, str) or rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        if context is not None:
            r = _native_quantize(self, exp, ctx, rounding)
            if r is not None:
                return r
        return _quantize(self, exp, ctx, rounding)

    def normalize(self, context=None):
        ctx = _context(context)
        if self._special:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else self
        d = _finish(self._sign, self._int, self._exp, ctx)
        if d._special:
            return d
        if not d._int:
            return _make(d._sign, 0, 0)
        c, e = d._int, d._exp
        top = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _make(d._sign, c, e)

    def to_integral_value(self, rounding=None, context=None):
        return _to_integral(self, _context(context), _checked_rounding(rounding), False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return _to_integral(self, _context(context), _checked_rounding(rounding), True)

    def _nan_pair_choice(self, other, ctx):
        """For max/min: the NaN result, the non-NaN operand when one is a quiet NaN, else None."""
        if self._special == _SNAN_KIND or other._special == _SNAN_KIND:
            return _nan_result(self, other, ctx)
        if self._special == _NAN_KIND and other._special == _NAN_KIND:
            return _fit_nan(self, ctx)
        if self._special == _NAN_KIND:
            return _finished(other, ctx)
        if other._special == _NAN_KIND:
            return _finished(self, ctx)
        return None

    def _extreme(self, other, context, larger, magnitude):
        other = _operand(other, None)
        ctx = _context(context)
        if self._special >= _NAN_KIND or other._special >= _NAN_KIND:
            return self._nan_pair_choice(other, ctx)
        if magnitude:
            order = _compare_values(self.copy_abs(), other.copy_abs())
            if order == 0:
                order = _compare_values(self, other)
        else:
            order = _compare_values(self, other)
        if order == 0:
            order = _total_order(self, other)
        pick = self if (order >= 0) == larger else other
        if order == 0:
            pick = self
        return _finished(pick, ctx)

    def max(self, other, context=None):
        return self._extreme(other, context, True, False)

    def min(self, other, context=None):
        return self._extreme(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._extreme(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._extreme(other, context, False, True)

    def sqrt(self, context=None):
        ctx = _context(context)
        return _half_even(lambda: _sqrt(self, ctx), ctx)

    def exp(self, context=None):
        ctx = _context(context)
        return _half_even(lambda: _decimal_exp(self, ctx), ctx)

    def ln(self, context=None):
        ctx = _context(context)
        return _half_even(lambda: _decimal_ln(self, ctx, False), ctx)

    def log10(self, context=None):
        ctx = _context(context)
        return _half_even(lambda: _decimal_ln(self, ctx, True), ctx)

    def logb(self, context=None):
        ctx = _context(context)
        if self._special:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else _make(0, 0, 0, _INF_KIND)
        if not self._int:
            ctx._signal(_DIV_BY_ZERO)
            return _make(1, 0, 0, _INF_KIND)
        adjusted = _adjusted(self)
        return _finish(1 if adjusted < 0 else 0, abs(adjusted), 0, ctx)

    def fma(self, other, third, context=None):
        other = _operand(other, None)
        third = _operand(third, None)
        ctx = _context(context)
        if self._special or other._special:
            if self._special == _SNAN_KIND or other._special == _SNAN_KIND or \
                    self._special == _NAN_KIND or other._special == _NAN_KIND:
                return _nan_result(self, other, ctx)
            product = _multiply(self, other, ctx)
            if product._special == _NAN_KIND:
                return product
        else:
            product = _make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return _add(product, third, ctx, 0)

    def remainder_near(self, other, context=None):
        other = _operand(other, None)
        ctx = _context(context)
        if self._special or other._special:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
            if self._special:
                return ctx._raise_invalid()
            return _finish(self._sign, self._int, self._exp, ctx)
        if not other._int:
            return ctx._raise_invalid(_DIV_UNDEFINED if not self._int else _INVALID)
        e = min(self._exp, other._exp)
        if self._int and _adjusted(self) - _adjusted(other) > ctx._prec:
            return ctx._raise_invalid(_DIV_IMPOSSIBLE)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            q += 1
            r -= b
        if _digits(q) > ctx._prec:
            return ctx._raise_invalid(_DIV_IMPOSSIBLE)
        sign = self._sign
        if r < 0:
            sign ^= 1
            r = -r
        return _finish(sign, r, e, ctx)

    def next_minus(self, context=None):
        return _next(self, _context(context), -1)

    def next_plus(self, context=None):
        return _next(self, _context(context), 1)

    def next_toward(self, other, context=None):
        other = _operand(other, None)
        ctx = _context(context)
        if self._special >= _NAN_KIND or other._special >= _NAN_KIND:
            return _nan_result(self, other, ctx)
        order = _compare_values(self, other)
        if order == 0:
            return _make(other._sign, self._int, self._exp, self._special)
        probe = ctx.copy()
        probe._traps = 0
        probe._flags = 0
        result = _next(self, probe, -1 if order > 0 else 1)
        status = 0
        if result._special == _INF_KIND:
            status = _OVERFLOW | _INEXACT | _ROUNDED
        elif not result._special and (not result._int or _adjusted(result) < ctx._emin):
            status = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if not result._int:
                status |= _CLAMPED
        if status:
            ctx._signal(status)
        return result

    def scaleb(self, other, context=None):
        other = _operand(other, None)
        ctx = _context(context)
        if self._special or other._special:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
        if other._special or other._exp != 0:
            return ctx._raise_invalid()
        limit = 2 * (ctx._emax + ctx._prec)
        if other._int > limit:
            return ctx._raise_invalid()
        if self._special:
            return self
        shift = -other._int if other._sign else other._int
        return _finish(self._sign, self._int, self._exp + shift, ctx)

    def shift(self, other, context=None):
        other = _operand(other, None)
        ctx = _context(context)
        if self._special or other._special:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
        n = _shift_amount(other, ctx)
        if n is None:
            return ctx._raise_invalid()
        if self._special:
            return self
        limit = 10 ** ctx._prec
        # Only the coefficient's last prec digits take part, as in _decimal.
        c = self._int % limit
        c = c * 10 ** n if n >= 0 else c // 10 ** -n
        return _make(self._sign, c % limit, self._exp)

    def rotate(self, other, context=None):
        other = _operand(other, None)
        ctx = _context(context)
        if self._special or other._special:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
        n = _shift_amount(other, ctx)
        if n is None:
            return ctx._raise_invalid()
        if self._special:
            return self
        prec = ctx._prec
        text = str(self._int).rjust(prec, '0')[-prec:]
        n %= prec
        text = text[n:] + text[:n]
        return _make(self._sign, int(text), self._exp)

    def logical_and(self, other, context=None):
        return _logical(self, _operand(other, None), _context(context), 0)

    def logical_or(self, other, context=None):
        return _logical(self, _operand(other, None), _context(context), 1)

    def logical_xor(self, other, context=None):
        return _logical(self, _operand(other, None), _context(context), 2)

    def logical_invert(self, context=None):
        return _logical(self, None, _context(context), 3)


_NAN_FLOAT = float('nan')
_NAN = _make(0, 0, 0, _NAN_KIND)


def _finished(d, ctx):
    """A non-NaN operand as a result: rounded to ctx, sign kept."""
    if d._special:
        return d
    return _finish(d._sign, d._int, d._exp, ctx)


def _checked_rounding(rounding):
    if rounding is not None and (not isinstance(rounding, str) or rounding not in _ROUNDINGS):
        raise TypeError(_ROUNDING_MESSAGE)
    return rounding


def _total_order(a, b):
    """compare_total: -1, 0 or 1 under the specification's total ordering."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    ka, kb = a._total_key(), b._total_key()
    if ka != kb:
        return flip if ka > kb else -flip
    if a._special:
        return 0
    order = _compare_values(a.copy_abs(), b.copy_abs())
    if order == 0:
        if a._exp == b._exp:
            return 0
        order = 1 if a._exp > b._exp else -1
    return flip * order


def _next(d, ctx, direction):
    """The next representable number above (direction 1) or below (-1) d in ctx."""
    if d._special:
        nan = _nan_result(d, None, ctx)
        if nan is not None:
            return nan
        if (direction > 0) == bool(d._sign):
            return _make(d._sign, 10 ** ctx._prec - 1, ctx._emax - ctx._prec + 1)
        return d
    probe = ctx.copy()
    probe._traps = 0
    probe._flags = 0
    probe._rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    etiny = ctx.Etiny()
    tiny_exp = min(d._exp, _adjusted(d) - ctx._prec + 1 if d._int else d._exp, etiny) - 2
    if tiny_exp > etiny - 2:
        tiny_exp = etiny - 2
    sign = 0 if direction > 0 else 1
    result = _add(d, _make(sign, 1, tiny_exp), probe, 0)
    if result._special == _INF_KIND and not d._special:
        return result
    return result


_numbers.Number.register(Decimal)

# The finite hot path in native code (_pypack_decimal): each answers None for what it leaves here.
_native.setup(Decimal, Context)
_native_convert = _native.convert
_native_add = _native.add
_native_multiply = _native.multiply
_native_divide = _native.divide
_native_quantize = _native.quantize
_native_compare = _native.compare
_native_plain_text = _native.plain_text
_native_hash = _native.hash


def _hide_frames():
    """decimal is C code in CPython: its frames do not show in tracebacks."""
    for value in list(globals().values()):
        if isinstance(value, type) and value.__module__ == __name__:
            for member in list(vars(value).values()):
                if isinstance(member, (classmethod, staticmethod)):
                    member = member.__func__
                if isinstance(member, property):
                    for part in (member.fget, member.fset):
                        if type(part).__name__ == 'function':
                            _c_level(part)
                elif type(member).__name__ == 'function':
                    _c_level(member)
        elif type(value).__name__ == 'function':
            _c_level(value)


_hide_frames()
del _hide_frames
