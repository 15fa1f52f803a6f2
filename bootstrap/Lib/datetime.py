"""Dates and times: date, time, datetime, timedelta, tzinfo and timezone, behaving as CPython 3.11's.

Written in Python so that user code can subclass the types (tzinfo above all). Hashes are made from
the same bytes and tuples CPython's C implementation hashes, so sets and dicts iterate in its order.
Internally a day is an ordinal (0001-01-01 is 1) and a duration is a count of microseconds.
"""

import time as _time
import math as _math
import _pypack_datetime as _native
from _types import c_type_name as _c_type_name

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US = 1000000                      # microseconds in a second
_DAY_US = 86400 * _US              # microseconds in a day
_LAST_ORDINAL = 3652059            # 9999-12-31
_UNIX_DAY0 = 719163                # ordinal of 1970-01-01
_TD_DAY_LIMIT = 999999999

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# --- calendar arithmetic ---------------------------------------------------------------------

def _leap(y):
    if y % 4:
        return False
    return y % 100 != 0 or y % 400 == 0


def _month_length(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_LENGTHS[m - 1]


def _ordinal(y, m, d):
    """Day number of a proleptic Gregorian date, counting 0001-01-01 as 1.

    Years are shifted to start in March so that the leap day ends a year; a 400-year era then
    holds exactly 146097 days (the "days from civil" method)."""
    if m < 3:
        y -= 1
        m += 12
    era, yoe = divmod(y, 400)
    doy = (153 * (m - 3) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 305


def _civil(n):
    """(year, month, day) of ordinal n: the inverse of _ordinal."""
    era, doe = divmod(n + 305, 146097)
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (yoe * 365 + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3
    y = era * 400 + yoe
    if m > 12:
        m -= 12
        y += 1
    return y, m, d


def _day_of_year(y, m, d):
    return _ordinal(y, m, d) - _ordinal(y, 1, 1) + 1


def _weekday_of(n):
    """Monday is 0; ordinal 1 (0001-01-01) was a Monday."""
    return (n - 1) % 7


def _iso_year_start(y):
    """Ordinal of the Monday that begins ISO week 1 of year y (the week holding January 4th)."""
    jan4 = _ordinal(y, 1, 4)
    return jan4 - _weekday_of(jan4)


def _iso_calendar(n):
    y = _civil(n)[0]
    start = _iso_year_start(y + 1)
    if n < start:
        start = _iso_year_start(y)
        if n < start:
            y -= 1
            start = _iso_year_start(y)
    else:
        y += 1
    week, day = divmod(n - start, 7)
    return y, week + 1, day + 1


def _iso_to_ordinal(year, week, day):
    try:
        year = _as_int(year)
        week = _as_int(week)
        day = _as_int(day)
    except OverflowError:
        raise ValueError("ISO calendar component out of range") from None
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if week < 1 or week > 53 or (week == 53 and _iso_year_start(year + 1) - _iso_year_start(year) == 364):
        raise ValueError("Invalid week: %d" % week)
    if day < 1 or day > 7:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _iso_year_start(year) + (week - 1) * 7 + day - 1


def _struct(y, m, d, hh, mi, ss, isdst):
    n = _ordinal(y, m, d)
    return _time.struct_time((y, m, d, hh, mi, ss, _weekday_of(n), n - _ordinal(y, 1, 1) + 1, isdst))


# --- argument checks ---------------------------------------------------------------------------

def _as_int(value):
    """value as the C int CPython's argument parsing ("i") makes of it, with its errors."""
    if not isinstance(value, int):
        if isinstance(value, float) or not hasattr(type(value), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        value = value.__index__()
    if value > 2147483647 or value < -2147483648:
        if value > 9223372036854775807 or value < -9223372036854775808:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is greater than maximum" if value > 0 else "signed integer is less than minimum")
    return value


def _kind(obj):
    """The type name CPython's argument errors show."""
    if obj is None:
        return "None"
    return type(obj).__name__


# The default of a required constructor argument: None given explicitly is a wrong type, not a missing one.
_MISSING = object()


def _required(value, name, pos):
    if value is _MISSING:
        raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def _date_arguments(year, month, day):
    """year, month, day checked in CPython's order: each is converted before the next is found missing."""
    _required(year, "year", 1)
    year = _as_int(year)
    _required(month, "month", 2)
    month = _as_int(month)
    _required(day, "day", 3)
    return _valid_date(year, month, day)


def _valid_date(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if month < 1 or month > 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


_CLOCK_LIMITS = (("hour", 23), ("minute", 59), ("second", 59), ("microsecond", 999999))


def _valid_clock(hour, minute, second, microsecond, fold):
    values = [_as_int(hour), _as_int(minute), _as_int(second), _as_int(microsecond)]
    fold = _as_int(fold)
    for i in range(4):
        name, top = _CLOCK_LIMITS[i]
        if values[i] < 0 or values[i] > top:
            raise ValueError("%s must be in 0..%d" % (name, top))
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    values.append(fold)
    return values


def _valid_zone(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _pickled_state(state, size, sane, kind):
    """The bytes of a pickled date, datetime or time state (CPython's compact form, which its
    constructors take back), or None when `state` is not one: `sane` checks the telltale byte."""
    if isinstance(state, bytes):
        return state if len(state) == size and sane(state) else None
    if isinstance(state, str) and len(state) == size and sane(state.encode('latin1', 'replace')):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed." % kind) from None
    return None


def _month_byte_sane(state):
    return 1 <= state[2] & 0x7F <= 12


def _hour_byte_sane(state):
    return state[0] & 0x7F < 24


def _pickled_zone(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("bad tzinfo state arg")
    return tz


def _zone_offset(method, value):
    """Checks what a tzinfo's utcoffset()/dst() returned."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (method, type(value).__name__))
    if abs(value._total) >= _DAY_US:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")
    return value


def _zone_name(value):
    if value is None or isinstance(value, str):
        return value
    raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(value).__name__)


def _offset_text(offset, colon):
    """'+HH:MM', with ':SS' and '.ffffff' only when needed; '' for None. colon is ':' or ''."""
    if offset is None:
        return ""
    us = offset._total
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    secs, frac = divmod(us, _US)
    mins, secs = divmod(secs, 60)
    hours, mins = divmod(mins, 60)
    parts = [sign, "%02d" % hours, colon, "%02d" % mins]
    if secs or frac:
        parts.append(colon + "%02d" % secs)
        if frac:
            parts.append(".%06d" % frac)
    return "".join(parts)


# --- exact arithmetic --------------------------------------------------------------------------

def _nearest(num, den):
    """num / den rounded to the nearest integer, ties to even; den > 0."""
    q, r = divmod(num, den)
    twice = r + r
    if twice > den or (twice == den and q & 1):
        q += 1
    return q


def _float_int(x):
    """int(x) of a whole float, with the messages timedelta's constructor gives for nan and infinities."""
    if x != x:
        raise ValueError("cannot convert float NaN to integer")
    if x == _math.inf or x == -_math.inf:
        raise OverflowError("cannot convert float infinity to integer")
    return int(x)


# --- timedelta ---------------------------------------------------------------------------------

# Constructor keywords in the order CPython adds them up (the first bad one is the one named).
_TD_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", _US), ("minutes", 60 * _US),
             ("hours", 3600 * _US), ("days", _DAY_US), ("weeks", 7 * _DAY_US))


def _td(total):
    """A plain timedelta of total microseconds."""
    days, rest = divmod(total, _DAY_US)
    if days < -2147483648 or days > 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    if days < -_TD_DAY_LIMIT or days > _TD_DAY_LIMIT:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _TD_DAY_LIMIT))
    obj = object.__new__(timedelta)
    obj._total = total
    obj._d = days
    obj._s, obj._u = divmod(rest, _US)
    obj._h = None
    return obj


class timedelta:
    """A duration, normalised to days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_total", "_d", "_s", "_u", "_h")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if cls is timedelta:
            # Plain int parts add up exactly: made natively (None for anything else, done below).
            made = _native.td_new(days, seconds, microseconds, milliseconds, minutes, hours, weeks)
            if made is not None:
                return made
        given = {"days": days, "seconds": seconds, "microseconds": microseconds, "milliseconds": milliseconds,
                 "minutes": minutes, "hours": hours, "weeks": weeks}
        # Whole parts are exact; the sub-microsecond rest of each float is summed as a float and
        # rounded once at the end (ties to an even total), which is how CPython's results round.
        exact = 0
        rest = 0.0
        for name, scale in _TD_UNITS:
            value = given[name]
            if isinstance(value, int):
                exact += value * scale
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                exact += _float_int(whole) * scale
                if frac:
                    frac, whole = _math.modf(frac * scale)
                    exact += int(whole)
                    rest += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))
        if rest:
            top, bottom = rest.as_integer_ratio()
            exact = _nearest(exact * bottom + top, bottom)
        made = _td(exact)
        if cls is timedelta:
            return made
        obj = object.__new__(cls)
        obj._total, obj._d, obj._s, obj._u, obj._h = made._total, made._d, made._s, made._u, None
        return obj

    @property
    def days(self):
        return self._d

    @property
    def seconds(self):
        return self._s

    @property
    def microseconds(self):
        return self._u

    def total_seconds(self):
        return self._total / _US

    def __repr__(self):
        shown = []
        for label, value in (("days", self._d), ("seconds", self._s), ("microseconds", self._u)):
            if value:
                shown.append("%s=%d" % (label, value))
        return _shape(type(self), ", ".join(shown) or "0")

    def __str__(self):
        mins, secs = divmod(self._s, 60)
        hours, mins = divmod(mins, 60)
        text = "%d:%02d:%02d" % (hours, mins, secs)
        if self._u:
            text = "%s.%06d" % (text, self._u)
        if self._d:
            plural = "s" if self._d not in (1, -1) else ""
            text = "%d day%s, %s" % (self._d, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._total + other._total)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td(self._total + other._total)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._total - other._total)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._total - self._total)
        return NotImplemented

    def __neg__(self):
        return _td(-self._total)

    def __pos__(self):
        return _td(self._total)

    def __abs__(self):
        return _td(abs(self._total))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._total * other)
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _td(_nearest(self._total * top, bottom))
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._total:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._total // other._total
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(self._total // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._total:
                raise ZeroDivisionError("division by zero")
            return self._total / other._total
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            num, den = self._total, other
        elif isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            if not top:
                raise ZeroDivisionError("integer division or modulo by zero")
            num, den = self._total * bottom, top
        else:
            return NotImplemented
        if den < 0:
            num, den = -num, -den
        return _td(_nearest(num, den))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._total:
                raise ZeroDivisionError("integer modulo by zero")
            return _td(self._total % other._total)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._total:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._total, other._total)
            return q, _td(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total == other._total
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._total != other._total
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._total < other._total
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._total <= other._total
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._total > other._total
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._total >= other._total
        return NotImplemented

    def __hash__(self):
        if self._h is None:
            self._h = hash((self._d, self._s, self._u))
        return self._h

    def __bool__(self):
        return self._total != 0

    def __reduce__(self):
        return type(self), (self._d, self._s, self._u)


timedelta.min = _td(-_TD_DAY_LIMIT * _DAY_US)
timedelta.max = _td((_TD_DAY_LIMIT + 1) * _DAY_US - 1)
timedelta.resolution = _td(1)


class _IsoCalendarDate(tuple):
    """What date.isocalendar() returns: a (year, week, weekday) tuple with those names."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (self[0], self[1], self[2])


# --- date ---------------------------------------------------------------------------------------

def _new_date(cls, y, m, d):
    """A date of cls from checked fields; subclasses are built through their own constructor."""
    if cls is date:
        obj = object.__new__(date)
        obj._y, obj._m, obj._d = y, m, d
        obj._h = None
        return obj
    return cls(y, m, d)


def _shape(cls, text):
    """A repr 'name(text)': CPython shows its own types as datetime.X and a subclass by its bare name."""
    if cls is date or cls is datetime or cls is time or cls is timedelta or cls is timezone:
        return "datetime.%s(%s)" % (cls.__name__, text)
    return "%s(%s)" % (cls.__name__, text)


class date:
    """A day of the proleptic Gregorian calendar."""

    __slots__ = ("_y", "_m", "_d", "_h")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if _native.date_ok(year, month, day):
            y, m, d = year, month, day
        elif month is _MISSING and (state := _pickled_state(year, 4, _month_byte_sane, "date")) is not None:
            y, m, d = state[0] * 256 + state[1], state[2], state[3]
        else:
            y, m, d = _date_arguments(year, month, day)
        obj = object.__new__(cls)
        obj._y = y
        obj._m = m
        obj._d = d
        obj._h = None
        return obj

    # construction from other forms

    @classmethod
    def fromtimestamp(cls, t):
        st = _time.localtime(t)
        return cls(st.tm_year, st.tm_mon, st.tm_mday)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _LAST_ORDINAL:
            raise ValueError("year %d is out of range" % _civil(n)[0])
        y, m, d = _civil(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(date_string) in (7, 8, 10):
            ymd = _native.iso_date(date_string)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _civil(_iso_to_ordinal(year, week, day))
        return cls(y, m, d)

    # fields

    @property
    def year(self):
        return self._y

    @property
    def month(self):
        return self._m

    @property
    def day(self):
        return self._d

    def toordinal(self):
        return _ordinal(self._y, self._m, self._d)

    def weekday(self):
        return _weekday_of(self.toordinal())

    def isoweekday(self):
        return _weekday_of(self.toordinal()) + 1

    def isocalendar(self):
        return _IsoCalendarDate(*_iso_calendar(self.toordinal()))

    def timetuple(self):
        return _struct(self._y, self._m, self._d, 0, 0, 0, -1)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING):
        # As in CPython 3.11, a subclass's result is made without calling its own constructor.
        return date.__new__(type(self), self._y if year is _MISSING else year,
                            self._m if month is _MISSING else month, self._d if day is _MISSING else day)

    # text

    def __repr__(self):
        return _shape(type(self), "%d, %d, %d" % (self._y, self._m, self._d))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._y, self._m, self._d)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return _ctime(self._y, self._m, self._d, 0, 0, 0)

    def strftime(self, format):
        text = _native.strftime(self, format)  # None unless an exact date and a plain format
        if text is not None:
            return text
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _kind(format))
        return _strftime(format, self.timetuple(), 0, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _kind(fmt))
        return self.strftime(fmt) if fmt else str(self)

    # comparison: plain dates only; a datetime answers for itself

    def _peer(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

    def _key(self):
        return (self._y, self._m, self._d)

    def __eq__(self, other):
        if self._peer(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._peer(other):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._peer(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._peer(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._peer(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._peer(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._h is None:
            self._h = hash(bytes((self._y >> 8, self._y & 255, self._m, self._d)))
        return self._h

    # arithmetic: only whole days of a timedelta count

    def _shift(self, days):
        n = self.toordinal() + days
        if n < 1 or n > _LAST_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _civil(n)
        return _new_date(type(self), y, m, d)

    def __add__(self, other):
        made = _native.d_shift(self, other, 1)  # None unless an exact date and timedelta, in range
        if made is not None:
            return made
        if isinstance(other, timedelta):
            return self._shift(other._d)
        return NotImplemented

    def __radd__(self, other):
        made = _native.d_shift(self, other, 1)
        if made is not None:
            return made
        if isinstance(other, timedelta):
            return self._shift(other._d)
        return NotImplemented

    def __sub__(self, other):
        made = _native.d_shift(self, other, -1)
        if made is not None:
            return made
        if isinstance(other, timedelta):
            return self._shift(-other._d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _DAY_US)
        return NotImplemented

    def _getstate(self):
        return (bytes((self._y >> 8, self._y & 0xFF, self._m, self._d)),)

    def __reduce__(self):
        return type(self), self._getstate()


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _td(_DAY_US)


def _ctime(y, m, d, hh, mi, ss):
    wd = _weekday_of(_ordinal(y, m, d))
    return "%s %s %2d %02d:%02d:%02d %04d" % (_WEEKDAY_NAMES[wd][:3], _MONTH_NAMES[m - 1][:3], d, hh, mi, ss, y)


# --- tzinfo -------------------------------------------------------------------------------------

class tzinfo:
    """Abstract base of time zone information; subclasses give utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        return type(self), getinitargs() if getinitargs else (), self.__getstate__()

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        # dt holds UTC time with self attached; standard time is utcoffset - dst, applied first.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - saving
        if standard:
            dt = dt + standard
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + saving


def _clock_text(hh, mi, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mi)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mi, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mi, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mi, ss, us)
    raise ValueError("Unknown timespec value")


def _clock_repr(hh, mi, ss, us):
    """The trailing fields of a time/datetime repr: seconds and microseconds only when not zero."""
    if us:
        return "%d, %d, %d, %d" % (hh, mi, ss, us)
    if ss:
        return "%d, %d, %d" % (hh, mi, ss)
    return "%d, %d" % (hh, mi)


def _repr_extras(tz, fold):
    text = ""
    if tz is not None:
        text += ", tzinfo=%r" % (tz,)
    if fold:
        text += ", fold=1"
    return text


def _sign(a, b):
    if a < b:
        return -1
    return 1 if a > b else 0


# --- time ---------------------------------------------------------------------------------------

class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hh", "_mi", "_ss", "_us", "_tz", "_fold", "_h")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _native.time_ok(hour, minute, second, microsecond, fold):
            fields = hour, minute, second, microsecond, fold
        elif second == 0 and (state := _pickled_state(hour, 6, _hour_byte_sane, "time")) is not None:
            fields = (state[0] & 0x7F, state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5],
                      1 if state[0] > 127 else 0)
            tzinfo = _pickled_zone(None if minute == 0 else minute)
        else:
            fields = _valid_clock(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _valid_zone(tzinfo)
        obj = object.__new__(cls)
        obj._hh, obj._mi, obj._ss, obj._us, obj._fold = fields
        obj._tz = tzinfo
        obj._h = None
        return obj

    @property
    def hour(self):
        return self._hh

    @property
    def minute(self):
        return self._mi

    @property
    def second(self):
        return self._ss

    @property
    def microsecond(self):
        return self._us

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tz is None:
            return None
        return _zone_offset("utcoffset", self._tz.utcoffset(None))

    def dst(self):
        if self._tz is None:
            return None
        return _zone_offset("dst", self._tz.dst(None))

    def tzname(self):
        if self._tz is None:
            return None
        return _zone_name(self._tz.tzname(None))

    def _clock_us(self):
        return ((self._hh * 60 + self._mi) * 60 + self._ss) * _US + self._us

    def _order(self, other, equality):
        """-1, 0 or 1; None when only one side is aware and equality is asked."""
        if self._tz is other._tz:
            return _sign(self._clock_us(), other._clock_us())
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if mine == theirs:
            return _sign(self._clock_us(), other._clock_us())
        if mine is None or theirs is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _sign(self._clock_us() - mine._total, other._clock_us() - theirs._total)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._order(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._order(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._order(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._order(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._order(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._order(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._h is None:
            probe = self.replace(fold=0) if self._fold else self
            offset = probe.utcoffset()
            if offset is not None:
                self._h = hash(_td(self._clock_us() - offset._total))
            else:
                us = self._us
                self._h = hash(bytes((self._hh, self._mi, self._ss, us >> 16, (us >> 8) & 255, us & 255)))
        return self._h

    def __repr__(self):
        body = _clock_repr(self._hh, self._mi, self._ss, self._us) + _repr_extras(self._tz, self._fold)
        return _shape(type(self), body)

    def isoformat(self, timespec="auto"):
        return _clock_text(self._hh, self._mi, self._ss, self._us, timespec) + _offset_text(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string
        if text[:1] == "T":
            text = text[1:]
        parts = _native.iso_time(text)
        if parts is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(parts[0], parts[1], parts[2], parts[3], _iso_zone(parts[4]))

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _kind(format))
        return _strftime(format, _struct(1900, 1, 1, self._hh, self._mi, self._ss, -1), self._us, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _kind(fmt))
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=_MISSING, minute=_MISSING, second=_MISSING, microsecond=_MISSING, tzinfo=True, *,
                fold=_MISSING):
        return time.__new__(type(self), self._hh if hour is _MISSING else hour,
                            self._mi if minute is _MISSING else minute, self._ss if second is _MISSING else second,
                            self._us if microsecond is _MISSING else microsecond,
                            self._tz if tzinfo is True else tzinfo, fold=self._fold if fold is _MISSING else fold)

    def __bool__(self):
        return True

    def _getstate(self, protocol=3):
        us = self._us
        hour = self._hh | 128 if self._fold and protocol > 3 else self._hh
        state = bytes((hour, self._mi, self._ss, us >> 16, (us >> 8) & 0xFF, us & 0xFF))
        return (state,) if self._tz is None else (state, self._tz)

    def __reduce_ex__(self, protocol):
        return type(self), self._getstate(protocol)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _td(1)

_time_type = time


# --- datetime -----------------------------------------------------------------------------------

def _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold=0):
    """A datetime of cls from checked fields; subclasses go through their constructor as in CPython."""
    if cls is datetime:
        obj = object.__new__(datetime)
        obj._y, obj._m, obj._d = y, m, d
        obj._hh, obj._mi, obj._ss, obj._us = hh, mi, ss, us
        obj._tz = tz
        obj._fold = fold
        obj._h = None
        return obj
    if fold:
        return cls(y, m, d, hh, mi, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mi, ss, us, tz)


def _datetime_from_us(cls, total, tz):
    """The datetime total microseconds after 0001-01-01 00:00 minus one day (ordinal 0)."""
    if cls is datetime:
        obj = _native.datetime_from_us(datetime, total, tz)  # None: out of range, raised below
        if obj is not None:
            return obj
    days, rest = divmod(total, _DAY_US)
    if days < 1 or days > _LAST_ORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _civil(days)
    secs, us = divmod(rest, _US)
    mins, ss = divmod(secs, 60)
    hh, mi = divmod(mins, 60)
    return _new_datetime(cls, y, m, d, hh, mi, ss, us, tz)


class datetime(date):
    """A date with a time of day, optionally with a tzinfo."""

    __slots__ = ("_hh", "_mi", "_ss", "_us", "_tz", "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        # Fields stored one by one: no tuples to build and unpack per object.
        if _native.datetime_ok(year, month, day, hour, minute, second, microsecond, fold):
            pass
        elif day is _MISSING and (state := _pickled_state(year, 10, _month_byte_sane, "datetime")) is not None:
            tzinfo = _pickled_zone(None if month is _MISSING else month)  # the second argument
            year, month, day = state[0] * 256 + state[1], state[2] & 0x7F, state[3]
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            fold = 1 if state[2] > 127 else 0
        else:
            year, month, day = _date_arguments(year, month, day)
            hour, minute, second, microsecond, fold = _valid_clock(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _valid_zone(tzinfo)
        obj = object.__new__(cls)
        obj._y = year
        obj._m = month
        obj._d = day
        obj._hh = hour
        obj._mi = minute
        obj._ss = second
        obj._us = microsecond
        obj._fold = fold
        obj._tz = tzinfo
        obj._h = None
        return obj

    @property
    def hour(self):
        return self._hh

    @property
    def minute(self):
        return self._mi

    @property
    def second(self):
        return self._ss

    @property
    def microsecond(self):
        return self._us

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fold

    def _us_since_day0(self):
        us = _native.datetime_us(self, datetime)  # None unless of exactly this class
        if us is not None:
            return us
        return self.toordinal() * _DAY_US + ((self._hh * 60 + self._mi) * 60 + self._ss) * _US + self._us

    # construction from other forms

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _valid_zone(tz)
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        if tz is None:
            return _from_posix(cls, t, False, None)
        return tz.fromutc(_from_posix(cls, t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return _from_posix(cls, t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _LAST_ORDINAL:
            raise ValueError("year %d is out of range" % _civil(n)[0])
        y, m, d = _civil(n)
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _civil(_iso_to_ordinal(year, week, day))
        return cls(y, m, d)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_type):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _kind(date))
        if not isinstance(time, _time_type):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _kind(time))
        tz = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tz,
                   fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if cls is datetime:
            # Made natively, fields stored as __new__ would (None: an offset, or text this path leaves to the code below).
            obj = _native.iso_new_datetime(datetime, date_string)
            if obj is not None:
                return obj
        f = _native.iso_datetime(date_string)
        if f is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        year, month, day, hour, minute, second, us, offset = f
        if cls is not datetime or not _native.datetime_ok(year, month, day, hour, minute, second, us, 0):
            return cls(year, month, day, hour, minute, second, us, _iso_zone(offset))
        # The exact class with fields in range (datetime.__new__ cannot be replaced): stored as
        # __new__ would, without the call and its argument binding.
        obj = object.__new__(datetime)
        obj._y = year
        obj._m = month
        obj._d = day
        obj._hh = hour
        obj._mi = minute
        obj._ss = second
        obj._us = us
        obj._fold = 0
        obj._tz = None if offset is None else _iso_zone(offset)
        obj._h = None
        return obj

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % _kind(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _kind(format))
        import _strptime  # pypack: when-read strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # views

    def date(self):
        return date(self._y, self._m, self._d)

    def time(self):
        return _time_type(self._hh, self._mi, self._ss, self._us, fold=self._fold)

    def timetz(self):
        return _time_type(self._hh, self._mi, self._ss, self._us, self._tz, fold=self._fold)

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _struct(self._y, self._m, self._d, self._hh, self._mi, self._ss, flag)

    def utctimetuple(self):
        moved = self
        offset = self.utcoffset()
        if offset:
            moved = self - offset
        return _struct(moved._y, moved._m, moved._d, moved._hh, moved._mi, moved._ss, 0)

    def _mktime(self):
        """Seconds since the epoch of this naive local wall time, as the C library sees it."""
        return _time.mktime(_time.struct_time((self._y, self._m, self._d, self._hh, self._mi, self._ss, 0, 1, -1)))

    def timestamp(self):
        if self._tz is None:
            return self._mktime() + self._us / 1e6
        return (self - _UNIX_EPOCH).total_seconds()

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING, hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=True, *, fold=_MISSING):
        return datetime.__new__(type(self), self._y if year is _MISSING else year,
                                self._m if month is _MISSING else month, self._d if day is _MISSING else day,
                                self._hh if hour is _MISSING else hour, self._mi if minute is _MISSING else minute,
                                self._ss if second is _MISSING else second,
                                self._us if microsecond is _MISSING else microsecond,
                                self._tz if tzinfo is True else tzinfo, fold=self._fold if fold is _MISSING else fold)

    def _system_zone(self):
        """The process's local zone at this instant, as a fixed-offset timezone."""
        if self._tz is None:
            seconds = self._mktime()
        else:
            seconds = (self - _UNIX_EPOCH) // _td(_US)
        local = _time.localtime(seconds)
        return timezone(_td(local.tm_gmtoff * _US), local.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._system_zone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % _kind(tz))
        source = self._tz
        offset = None
        if source is not None:
            offset = source.utcoffset(self)
        if offset is None:
            source = self.replace(tzinfo=None)._system_zone()
            offset = source.utcoffset(self)
        if tz is source:
            return self
        return tz.fromutc((self - offset).replace(tzinfo=tz))

    # text

    def ctime(self):
        return _ctime(self._y, self._m, self._d, self._hh, self._mi, self._ss)

    def isoformat(self, sep="T", timespec="auto"):
        text = _native.dt_iso(self, sep, timespec)  # None unless an exact naive datetime, timespec 'auto'
        if text is not None:
            return text
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _kind(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s" % _kind(timespec))
        return "%04d-%02d-%02d%s%s%s" % (self._y, self._m, self._d, sep,
                                          _clock_text(self._hh, self._mi, self._ss, self._us, timespec),
                                          _offset_text(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        body = "%d, %d, %d, %s%s" % (self._y, self._m, self._d, _clock_repr(self._hh, self._mi, self._ss, self._us),
                                      _repr_extras(self._tz, self._fold))
        return _shape(type(self), body)

    def strftime(self, format):
        text = _native.strftime(self, format)  # None unless an exact naive datetime and a plain format
        if text is not None:
            return text
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _kind(format))
        return _strftime(format, self.timetuple(), self._us, self)

    # zone

    def utcoffset(self):
        if self._tz is None:
            return None
        return _zone_offset("utcoffset", self._tz.utcoffset(self))

    def dst(self):
        if self._tz is None:
            return None
        return _zone_offset("dst", self._tz.dst(self))

    def tzname(self):
        if self._tz is None:
            return None
        return _zone_name(self._tz.tzname(self))

    # comparison

    def _order(self, other, equality):
        """-1, 0 or 1 against another datetime; None when equality is asked and they cannot be equal."""
        if self._tz is other._tz:
            return _sign(self._us_since_day0(), other._us_since_day0())
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if mine == theirs:
            return _sign(self._us_since_day0(), other._us_since_day0())
        if mine is None or theirs is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        result = _sign(self._us_since_day0() - mine._total, other._us_since_day0() - theirs._total)
        if result == 0 and equality and (_ambiguous(self, mine) or _ambiguous(other, theirs)):
            # An instant in a repeated or skipped hour never equals one of another zone.
            return None
        return result

    def _against(self, other, equality):
        if isinstance(other, datetime):
            return self._order(other, equality)
        if isinstance(other, date):
            if equality:
                return None
            raise TypeError("can't compare %s to %s" % (_dotted(self), _dotted(other)))
        return NotImplemented

    def __eq__(self, other):
        r = _native.dt_cmp(self, other)  # None unless exact datetimes in one zone object
        if r is None:
            r = self._against(other, True)
            if r is NotImplemented:
                return r
        return r == 0

    def __ne__(self, other):
        r = _native.dt_cmp(self, other)  # None unless exact datetimes in one zone object
        if r is None:
            r = self._against(other, True)
            if r is NotImplemented:
                return r
        return r != 0

    def __lt__(self, other):
        r = _native.dt_cmp(self, other)  # None unless exact datetimes in one zone object
        if r is None:
            r = self._against(other, False)
            if r is NotImplemented:
                return r
        return r < 0

    def __le__(self, other):
        r = _native.dt_cmp(self, other)  # None unless exact datetimes in one zone object
        if r is None:
            r = self._against(other, False)
            if r is NotImplemented:
                return r
        return r <= 0

    def __gt__(self, other):
        r = _native.dt_cmp(self, other)  # None unless exact datetimes in one zone object
        if r is None:
            r = self._against(other, False)
            if r is NotImplemented:
                return r
        return r > 0

    def __ge__(self, other):
        r = _native.dt_cmp(self, other)  # None unless exact datetimes in one zone object
        if r is None:
            r = self._against(other, False)
            if r is NotImplemented:
                return r
        return r >= 0

    def __hash__(self):
        if self._h is None:
            probe = self.replace(fold=0) if self._fold else self
            offset = probe.utcoffset()
            if offset is None:
                y = self._y
                us = self._us
                self._h = hash(bytes((y >> 8, y & 255, self._m, self._d, self._hh, self._mi, self._ss,
                                      us >> 16, (us >> 8) & 255, us & 255)))
            else:
                self._h = hash(_td(self._us_since_day0() - offset._total))
        return self._h

    # arithmetic

    def __add__(self, other):
        made = _native.dt_shift(self, other, 1)  # None unless an exact datetime and timedelta, in range
        if made is not None:
            return made
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._us_since_day0() + other._total, self._tz)
        return NotImplemented

    def __radd__(self, other):
        made = _native.dt_shift(self, other, 1)
        if made is not None:
            return made
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._us_since_day0() + other._total, self._tz)
        return NotImplemented

    def __sub__(self, other):
        made = _native.dt_shift(self, other, -1)
        if made is None:
            made = _native.dt_diff(self, other)  # None unless exact datetimes in one zone object
        if made is not None:
            return made
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._us_since_day0() - other._total, self._tz)
        if not isinstance(other, datetime):
            return NotImplemented
        wall = self._us_since_day0() - other._us_since_day0()
        if self._tz is not other._tz:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                wall += theirs._total - mine._total
        return _td(wall)

    def _getstate(self, protocol=3):
        us = self._us
        month = self._m | 128 if self._fold and protocol > 3 else self._m
        state = bytes((self._y >> 8, self._y & 0xFF, month, self._d, self._hh, self._mi, self._ss,
                       us >> 16, (us >> 8) & 0xFF, us & 0xFF))
        return (state,) if self._tz is None else (state, self._tz)

    def __reduce_ex__(self, protocol):
        return type(self), self._getstate(protocol)

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = _td(1)

_date_type = date


def _dotted(obj):
    return "datetime." + type(obj).__name__


def _ambiguous(dt, offset):
    """True when flipping fold changes dt's offset (dt is in a fold or a gap of its zone)."""
    flipped = dt.replace(fold=1 - dt._fold).utcoffset()
    return flipped != offset


def _from_posix(cls, t, utc, tz):
    """The datetime of POSIX time t: UTC fields when utc, else the C library's local time."""
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    whole = int(whole)
    if us >= _US:
        whole += 1
        us -= _US
    elif us < 0:
        whole -= 1
        us += _US
    if utc:
        days, secs = divmod(whole, 86400)
        n = days + _UNIX_DAY0
        if n < 1 or n > _LAST_ORDINAL:
            raise ValueError("year %d is out of range" % (_civil(n)[0] if n > 0 else 0))
        y, m, d = _civil(n)
        mins, ss = divmod(secs, 60)
        hh, mi = divmod(mins, 60)
    else:
        st = _time.localtime(whole)
        y, m, d, hh, mi, ss = st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec
        if ss > 59:
            ss = 59  # a leap second from the C library
    return _new_datetime(cls, y, m, d, hh, mi, ss, us, tz)


# --- timezone -----------------------------------------------------------------------------------

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_delta", "_label")

    def __new__(cls, offset=None, name=None, *extra):
        _required(offset, "offset", 1)
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _kind(offset))
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _kind(name))
        if extra:
            raise TypeError("timezone() takes at most 2 arguments (%d given)" % (2 + len(extra)))
        if name is None and not offset._total and cls is timezone:
            return _UTC
        if abs(offset._total) >= _DAY_US:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return _fixed_zone(cls, offset, name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._delta == other._delta
        return NotImplemented

    def __hash__(self):
        return hash(self._delta)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        args = repr(self._delta)
        if self._label is not None:
            args += ", " + repr(self._label)
        return _shape(type(self), args)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (method, _kind(dt)))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._delta

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._label is not None:
            return self._label
        if not self._delta._total:
            return "UTC"
        return "UTC" + _offset_text(self._delta, ":")

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None, not %s" % _kind(dt))
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._delta

    def __getinitargs__(self):
        return (self._delta,) if self._label is None else (self._delta, self._label)

    def __reduce__(self):
        # CPython's timezone has no instance state: tzinfo's reduction with None for it.
        return type(self), self.__getinitargs__(), None


def _fixed_zone(cls, delta, label):
    obj = object.__new__(cls)
    obj._delta = delta
    obj._label = label
    return obj


_UTC = _fixed_zone(timezone, _td(0), None)
timezone.utc = _UTC
timezone.min = _fixed_zone(timezone, _td(-(23 * 60 + 59) * 60 * _US), None)
timezone.max = _fixed_zone(timezone, _td((23 * 60 + 59) * 60 * _US), None)
UTC = _UTC
_UNIX_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC)


# --- ISO 8601 reading (3.11's fromisoformat grammar, including what its C parser lets through) ---

def _iso_zone(offset):
    """The tzinfo of an offset _pypack_datetime read: None, UTC for 0, else a fixed timezone (which
    checks the range and raises as CPython does for +24:00 and beyond)."""
    if offset is None:
        return None
    if offset == 0:
        return _UTC
    return timezone(_td(offset))


# --- strftime -----------------------------------------------------------------------------------

def _strftime(format, tt, us, obj):
    """CPython's wrap_strftime: %z, %Z and %f (right after a '%') are filled in from the object
    (a '%' in a zone name doubled; see _native.wrap_format), then time.strftime formats the rest,
    as the C library does."""
    # Asked of the tzinfo itself, with the datetime (None for a time), as CPython's C code does.
    tz = obj._tz if isinstance(obj, (time, datetime)) else None
    if tz is None:
        return _time.strftime(_native.wrap_format(format, us, str, str), tt)
    arg = obj if isinstance(obj, datetime) else None

    def offset_text():
        return _offset_text(_zone_offset("utcoffset", tz.utcoffset(arg)), "")

    def zone_text():
        name = _zone_name(tz.tzname(arg))
        return "" if name is None else name.replace("%", "%%")

    return _time.strftime(_native.wrap_format(format, us, offset_text, zone_text), tt)


# The native arithmetic recognises exactly these classes.
_native.classes(date, datetime, timedelta)

# CPython writes these in C: messages name them as its tp_name does.
_c_type_name(timedelta)
_c_type_name(date)
_c_type_name(tzinfo)
_c_type_name(time)
_c_type_name(datetime)
_c_type_name(timezone)
