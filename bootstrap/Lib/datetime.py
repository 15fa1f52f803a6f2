"""Dates and times: date, time, datetime, timedelta, tzinfo and timezone, as CPython 3.11's.

Written in Python so that user classes can subclass them (tzinfo above all). Values, reprs,
errors and hashes follow CPython's C implementation: hashes are computed from the same bytes and
tuples, so sets and dicts of dates iterate in CPython's order.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_EPOCH_ORDINAL = 719163
_US_PER_DAY = 86400000000

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _n in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _n
del _total, _n

_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
    return year, month, n - preceding + 1


def _index(value):
    if isinstance(value, int):
        return value
    if not isinstance(value, float) and hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _tname(obj):
    """How CPython's argument checks name a wrong argument's type."""
    return "None" if obj is None else type(obj).__name__


def _missing(name, pos):
    return TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def _divide_and_round(a, b):
    """a / b rounded half to even, in integers."""
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or (r == b and q % 2 == 1):
        q += 1
    return q


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' of a timedelta offset (the form isoformat and %z use)."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        text += "%s%02d" % (sep, ss)
        if off.microseconds:
            text += ".%06d" % off.microseconds
    return text


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


def _float_to_us(value, factor):
    """value * factor as an exact fraction (numerator, denominator) for a float value."""
    if value != value:
        raise ValueError("cannot convert float NaN to integer")
    if value in (float("inf"), float("-inf")):
        raise OverflowError("cannot convert float infinity to integer")
    a, b = value.as_integer_ratio()
    return a * factor, b


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        num = 0
        den = 1
        # CPython adds the components in this order, so the first bad type named is the same.
        for value, factor, name in ((microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                    (seconds, 1000000, "seconds"), (minutes, 60000000, "minutes"),
                                    (hours, 3600000000, "hours"), (days, _US_PER_DAY, "days"),
                                    (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                num += value * factor * den
            elif isinstance(value, float):
                a, b = _float_to_us(value, factor)
                if b > den:
                    num *= b // den
                    den = b
                num += a * (den // b)
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))
        return cls._from_us(_divide_and_round(num, den), cls)

    @staticmethod
    def _from_us(us, cls=None):
        days, rest = divmod(us, _US_PER_DAY)
        seconds, microseconds = divmod(rest, 1000000)
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls if cls is not None else timedelta)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            text = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + text
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = _float_to_us(other, 1)
            return timedelta._from_us(_divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("division by zero")
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_divide_and_round(self._us(), other))
        if isinstance(other, float):
            a, b = _float_to_us(other, 1)
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_divide_and_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class _IsoCalendarDate:
    """date.isocalendar()'s result: a (year, week, weekday) triple with names."""

    __slots__ = ("_t",)

    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    @property
    def year(self):
        return self._t[0]

    @property
    def week(self):
        return self._t[1]

    @property
    def weekday(self):
        return self._t[2]

    def __getitem__(self, index):
        return self._t[index]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, _IsoCalendarDate):
            return self._t == other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._t


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


class date:
    """A date of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=None, month=None, day=None):
        if year is None:
            raise _missing("year", 1)
        if month is None:
            raise _missing("month", 2)
        if day is None:
            raise _missing("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        return cls._make(year, month, day)

    @classmethod
    def _make(cls, year, month, day):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        st = _time.localtime(t)
        return cls(st.tm_year, st.tm_mon, st.tm_mday)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        parsed = _parse_isoformat_date(date_string)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (type(self).__module__, type(self).__qualname__, self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[weekday - 1][:3], _MONTH_NAMES[self._month - 1][:3],
                                           self._day, self._year)

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _tname(format))
        return _strftime(self, format, _struct_time(self._year, self._month, self._day, 0, 0, 0, -1), 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _tname(fmt))
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(bytes([self._year >> 8, self._year & 0xFF, self._month, self._day]))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _isocalendar_to_ymd(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


class tzinfo:
    """The abstract base class of time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond), (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if not offset:
                us = self._microsecond
                self._hashcode = hash(bytes([self._hour, self._minute, self._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF]))
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(seconds=seconds, microseconds=self._microsecond) - offset)
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s.%s(%d, %d%s)" % (type(self).__module__, type(self).__qualname__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + self._tzstr()

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string.startswith("T") else time_string
        parsed = _parse_isoformat_time(text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*parsed)

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _tname(format))
        tt = _struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _strftime(self, format, tt, self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _tname(fmt))
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if year is None:
            raise _missing("year", 1)
        if month is None:
            raise _missing("month", 2)
        if day is None:
            raise _missing("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make_dt(year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make_dt(cls, year, month, day, hour, minute, second, microsecond, tz, fold=0):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        t = int(t)
        if utc:
            days, secs = divmod(t, 86400)
            ordinal = days + _EPOCH_ORDINAL
            if not 1 <= ordinal <= _MAXORDINAL:
                raise ValueError("year %d is out of range" % (_ord2ymd(max(ordinal, 1))[0] if ordinal > 0 else 0))
            y, m, d = _ord2ymd(ordinal)
            hh, rest = divmod(secs, 3600)
            mm, ss = divmod(rest, 60)
        else:
            st = _time.localtime(t)
            y, m, d, hh, mm, ss = st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec
        result = cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        result = cls._fromtimestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

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
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _tname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _tname(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        separator = _find_isoformat_datetime_separator(date_string)
        if separator < 0:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        dstr = date_string[:separator]
        tstr = date_string[separator + 1:]
        parsed = _parse_isoformat_date(dstr)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        if len(date_string) > separator:
            time_parts = _parse_isoformat_time(tstr)
            if time_parts is None:
                raise ValueError("Invalid isoformat string: %r" % (date_string,))
        else:
            time_parts = [0, 0, 0, 0, None]
        return cls(*(list(parsed) + list(time_parts)))

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % _tname(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _tname(format))
        fields, fraction, gmtoff_fraction = _strptime(date_string, format)
        tzname = fields[9]
        gmtoff = fields[10]
        args = list(fields[:6]) + [fraction]
        if gmtoff is not None:
            tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            args.append(timezone(tzdelta, tzname) if tzname else timezone(tzdelta))
        return cls(*args)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def _local_timestamp(self):
        st = (self._year, self._month, self._day, self._hour, self._minute, self._second, 0, 1, -1)
        return _time.mktime(_time.struct_time(st))

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(ts)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % _tname(tz))
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[weekday - 1][:3], _MONTH_NAMES[self._month - 1][:3],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _tname(sep))
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _tname(format))
        return _strftime(self, format, self.timetuple(), self._microsecond)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour, other._minute, other._second,
                         other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _compare(self, other, op):
        if isinstance(other, datetime):
            return None
        if isinstance(other, date):
            if op in ("==", "!="):
                return op == "!="
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        r = self._compare(other, "<")
        return self._cmp(other) < 0 if r is None else r

    def __le__(self, other):
        r = self._compare(other, "<=")
        return self._cmp(other) <= 0 if r is None else r

    def __gt__(self, other):
        r = self._compare(other, ">")
        return self._cmp(other) > 0 if r is None else r

    def __ge__(self, other):
        r = self._compare(other, ">=")
        return self._cmp(other) >= 0 if r is None else r

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond + other._us())
        days, rest = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, microsecond = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _ord2ymd(days)
        return type(self)._make_dt(y, m, d, hh, mm, ss, microsecond, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            if offset is None:
                y = self._year
                us = self._microsecond
                self._hashcode = hash(bytes([y >> 8, y & 0xFF, self._month, self._day, self._hour, self._minute,
                                             self._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF]))
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - offset)
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


def _type_name(obj):
    return "datetime." + type(obj).__name__


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=None, name=None, *rest):
        if offset is None:
            raise _missing("offset", 1)
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _tname(offset))
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _tname(name))
        if rest:
            raise TypeError("timezone() takes at most 2 arguments (%d given)" % (2 + len(rest)))
        if name is None and not offset and _UTC_SINGLETON:
            return _UTC_SINGLETON[0]
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC_SINGLETON[0]:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s.%s(%r)" % (type(self).__module__, type(self).__qualname__, self._offset)
        return "%s.%s(%r, %r)" % (type(self).__module__, type(self).__qualname__, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s" % _tname(dt))

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s" % _tname(dt))

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s" % _tname(dt))

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None, not %s" % _tname(dt))

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)

    def __reduce__(self):
        if self._name is None:
            return (type(self), (self._offset,))
        return (type(self), (self._offset, self._name))


_UTC_SINGLETON = []
_UTC_SINGLETON.append(timezone._create(timedelta(0)))
timezone.utc = _UTC_SINGLETON[0]
UTC = timezone.utc
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# --- ISO 8601 parsing (the forms 3.11's fromisoformat accepts, with its C parser's leniencies) ---

def _digits(s, start, count):
    """int of s[start:start+count] when all are ASCII digits, else None."""
    part = s[start:start + count]
    if len(part) != count or not (part.isdigit() and part.isascii()):
        return None
    return int(part)


def _is_digit(s, i):
    return i < len(s) and s[i] in "0123456789"


def _find_isoformat_datetime_separator(dtstr):
    """Where the date ends: 7, 8 or 10 depending on the date form, -1 when it cannot be told."""
    length = len(dtstr)
    if length == 7:
        return 7
    if dtstr[4] == "-":
        if dtstr[5] == "W":
            if length < 8:
                return -1
            if length > 8 and dtstr[8] == "-":
                if length == 9:
                    return -1
                if length > 10 and _is_digit(dtstr, 10):
                    return 8
                return 10
            return 8
        return 10
    if dtstr[4] == "W":
        idx = 7
        while idx < length and _is_digit(dtstr, idx):
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _parse_isoformat_date(dtstr):
    """(year, month, day), or None when malformed (range errors are left to the constructor)."""
    year = _digits(dtstr, 0, 4)
    if year is None:
        return None
    pos = 4
    has_sep = dtstr[pos:pos + 1] == "-"
    if has_sep:
        pos += 1
    if dtstr[pos:pos + 1] == "W":
        pos += 1
        week = _digits(dtstr, pos, 2)
        if week is None:
            return None
        pos += 2
        day = 1
        if pos < len(dtstr):
            if has_sep:
                if dtstr[pos] != "-":
                    return None
                pos += 1
            day = _digits(dtstr, pos, 1)
            if day is None:
                return None
        try:
            return _isocalendar_to_ymd(year, week, day)
        except ValueError:
            return None
    month = _digits(dtstr, pos, 2)
    if month is None:
        return None
    pos += 2
    if has_sep:
        if dtstr[pos:pos + 1] != "-":
            return None
        pos += 1
    day = _digits(dtstr, pos, 2)
    if day is None:
        return None
    return year, month, day


def _parse_hh_mm_ss_ff(tstr):
    """([hour, minute, second, microsecond], trailing) of HH[:MM[:SS[.ffffff]]] or HHMMSS; None when malformed."""
    n = len(tstr)
    values = [0, 0, 0, 0]
    pos = 0
    has_sep = True
    for i in range(3):
        value = _digits(tstr, pos, 2)
        if value is None:
            return None
        values[i] = value
        pos += 2
        c = tstr[pos] if pos < n else ""
        pos += 1
        if i == 0:
            has_sep = c == ":"
        if pos >= n:
            return values, c != ""
        if has_sep and c == ":":
            continue
        if c in ".,":
            break
        if not has_sep:
            pos -= 1
        else:
            return None
    to_parse = min(n - pos, 6)
    fraction = _digits(tstr, pos, to_parse) if to_parse else 0
    if fraction is None:
        return None
    values[3] = fraction * 10 ** (6 - to_parse)
    pos += to_parse
    while _is_digit(tstr, pos):
        pos += 1
    return values, pos < n


def _parse_isoformat_time(tstr):
    """[hour, minute, second, microsecond, tzinfo], or None when malformed."""
    tz_pos = 0
    n = len(tstr)
    while tz_pos < n and tstr[tz_pos] not in "Z+-":
        tz_pos += 1
    parsed = _parse_hh_mm_ss_ff(tstr[:tz_pos])
    if parsed is None:
        return None
    values, trailing = parsed
    if tz_pos == n:
        if trailing:
            return None
        return values + [None]
    if tstr[tz_pos] == "Z":
        if tz_pos + 1 != n:
            return None
        return values + [timezone.utc]
    sign = -1 if tstr[tz_pos] == "-" else 1
    parsed = _parse_hh_mm_ss_ff(tstr[tz_pos + 1:])
    if parsed is None or parsed[1]:
        return None
    tz = parsed[0]
    seconds = sign * (tz[0] * 3600 + tz[1] * 60 + tz[2])
    if seconds == 0 and tz[3] == 0:
        return values + [timezone.utc]
    return values + [timezone(timedelta(seconds=seconds, microseconds=sign * tz[3]))]


# --- strftime: the C library's directives in the C locale, plus %f, %z and %Z from the object ---

def _strftime(obj, format, tt, microsecond):
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        i += 1
        flag = ""
        if format[i] in "-_0^#" and i + 1 < n:
            flag = format[i]
            i += 1
        d = format[i]
        i += 1
        out.append(_directive(obj, d, flag, tt, microsecond))
    return "".join(out)


def _pad(value, width, flag, fill="0"):
    if flag == "-":
        return str(value)
    if flag == "_":
        fill = " "
    elif flag == "0":
        fill = "0"
    text = str(value)
    return fill * (width - len(text)) + text if len(text) < width else text


def _directive(obj, d, flag, tt, us):
    y, m, day, hh, mm, ss, wd, yd = tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], tt[6], tt[7]
    if d == "Y":
        return _pad(y, 1, flag)
    if d == "y":
        return _pad(y % 100, 2, flag)
    if d == "C":
        return _pad(y // 100, 2, flag)
    if d == "m":
        return _pad(m, 2, flag)
    if d == "d":
        return _pad(day, 2, flag)
    if d == "e":
        return _pad(day, 2, flag, " ")
    if d == "H":
        return _pad(hh, 2, flag)
    if d == "k":
        return _pad(hh, 2, flag, " ")
    if d == "I":
        return _pad(hh % 12 or 12, 2, flag)
    if d == "l":
        return _pad(hh % 12 or 12, 2, flag, " ")
    if d == "M":
        return _pad(mm, 2, flag)
    if d == "S":
        return _pad(ss, 2, flag)
    if d == "f":
        return "%06d" % us
    if d == "p":
        return "AM" if hh < 12 else "PM"
    if d == "P":
        return "am" if hh < 12 else "pm"
    if d == "a":
        return _up(_DAY_NAMES[wd][:3], flag)
    if d == "A":
        return _up(_DAY_NAMES[wd], flag)
    if d == "b" or d == "h":
        return _up(_MONTH_NAMES[m - 1][:3], flag)
    if d == "B":
        return _up(_MONTH_NAMES[m - 1], flag)
    if d == "j":
        return _pad(yd, 3, flag)
    if d == "w":
        return str((wd + 1) % 7)
    if d == "u":
        return str(wd + 1)
    if d == "U":
        return _pad((yd + 6 - (wd + 1) % 7) // 7, 2, flag)
    if d == "W":
        return _pad((yd + 6 - wd) // 7, 2, flag)
    if d in "GgV":
        iso = date(y, m, day).isocalendar() if MINYEAR <= y else (y, 1, 1)
        if d == "G":
            return _pad(iso[0], 1, flag)
        if d == "g":
            return _pad(iso[0] % 100, 2, flag)
        return _pad(iso[1], 2, flag)
    if d == "D":
        return "%02d/%02d/%02d" % (m, day, y % 100)
    if d == "F":
        return "%d-%02d-%02d" % (y, m, day)
    if d == "T":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if d == "R":
        return "%02d:%02d" % (hh, mm)
    if d == "r":
        return "%02d:%02d:%02d %s" % (hh % 12 or 12, mm, ss, "AM" if hh < 12 else "PM")
    if d == "c":
        return "%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[wd][:3], _MONTH_NAMES[m - 1][:3], day, hh, mm, ss, y)
    if d == "x":
        return "%02d/%02d/%02d" % (m, day, y % 100)
    if d == "X":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if d == "n":
        return "\n"
    if d == "t":
        return "\t"
    if d == "%":
        return "%"
    if d == "z":
        offset = obj.utcoffset() if not isinstance(obj, date) or isinstance(obj, datetime) else None
        return _format_offset(offset, "") if offset is not None else ""
    if d == "Z":
        name = obj.tzname() if not isinstance(obj, date) or isinstance(obj, datetime) else None
        return name.replace("%", "%%") if name is not None else ""
    if d == "s":
        return str(int(_time.mktime(_time.struct_time((y, m, day, hh, mm, ss, wd, yd, -1)))))
    return "%" + flag + d


def _up(text, flag):
    return text.upper() if flag in "^#" and flag else text


# --- strptime: the format becomes a regular expression, as CPython's _strptime builds it ---

_AM_PM = ["am", "pm"]
_LOWER_DAYS = [name.lower() for name in _DAY_NAMES]
_LOWER_MONTHS = [""] + [name.lower() for name in _MONTH_NAMES]


def _alternatives(values, directive):
    values = sorted(values, key=len, reverse=True)
    import re
    return "(?P<%s>%s)" % (directive, "|".join(re.escape(v) for v in values))


def _directive_patterns():
    zones = {"utc", "gmt", _time.tzname[0].lower()}
    if _time.daylight:
        zones.add(_time.tzname[1].lower())
    table = {
        "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
        "f": r"(?P<f>[0-9]{1,6})",
        "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
        "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
        "G": r"(?P<G>\d\d\d\d)",
        "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
        "M": r"(?P<M>[0-5]\d|\d)",
        "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
        "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
        "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
        "w": r"(?P<w>[0-6])",
        "u": r"(?P<u>[1-7])",
        "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        "y": r"(?P<y>\d\d)",
        "Y": r"(?P<Y>\d\d\d\d)",
        "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        "A": _alternatives(_LOWER_DAYS, "A"),
        "a": _alternatives([n[:3] for n in _LOWER_DAYS], "a"),
        "B": _alternatives(_LOWER_MONTHS[1:], "B"),
        "b": _alternatives([n[:3] for n in _LOWER_MONTHS[1:]], "b"),
        "p": _alternatives(_AM_PM, "p"),
        "Z": _alternatives(zones, "Z"),
        "%": "%",
    }
    table["c"] = _format_pattern(table, "%a %b %d %H:%M:%S %Y")
    table["x"] = _format_pattern(table, "%m/%d/%y")
    table["X"] = _format_pattern(table, "%H:%M:%S")
    return table


def _format_pattern(table, format):
    import re
    format = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
    format = re.sub(r"\s+", r"\\s+", format)
    out = []
    while "%" in format:
        index = format.index("%") + 1
        out.append(format[:index - 1])
        out.append(table[format[index]])
        format = format[index + 1:]
    out.append(format)
    return "".join(out)


_strptime_table = []
_strptime_cache = {}


def _strptime(data_string, format):
    import re
    if not _strptime_table:
        _strptime_table.append(_directive_patterns())
    compiled = _strptime_cache.get(format)
    if compiled is None:
        try:
            compiled = re.compile(_format_pattern(_strptime_table[0], format), re.IGNORECASE)
        except KeyError as err:
            bad = err.args[0]
            if bad == "\\":
                bad = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        if len(_strptime_cache) > 5:
            _strptime_cache.clear()
        _strptime_cache[format] = compiled
    found = compiled.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    found_dict = found.groupdict()
    for key in found_dict.keys():
        value = found_dict[key]
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _LOWER_MONTHS.index(value.lower())
        elif key == "b":
            month = [n[:3] for n in _LOWER_MONTHS].index(value.lower())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (found_dict.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _LOWER_DAYS.index(value.lower())
        elif key == "a":
            weekday = [n[:3] for n in _LOWER_DAYS].index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_of_year = int(value)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            z = value
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % value)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                remainder = z[8:]
                gmtoff_fraction = int(remainder + "0" * (6 - len(remainder)))
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year "
                         "'%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            y, m, d = _isocalendar_to_ymd(iso_year, iso_week, weekday + 1)
            year = y
            julian = _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = date(year, month, day).toordinal() - date(year, 1, 1).toordinal() + 1
    else:
        result = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = date(year, month, day).weekday()
    tzname = found_dict.get("Z")
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, -1, tzname, gmtoff), fraction, gmtoff_fraction


def _julian_from_week(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = date(year, 1, 1).weekday()
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week
