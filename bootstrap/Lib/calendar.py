"""Calendars of the proleptic Gregorian calendar: month and year tables as lists and as text, in
the C locale's English names. Weeks start on Monday unless setfirstweekday() says otherwise."""

import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


class _localized_day:
    # The C locale's names (PyPack has no other locale); indexable and sliceable like a list.
    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 7


class _localized_month:
    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 13


day_name = _localized_day(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
day_abbr = _localized_day(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
month_name = _localized_month(["", "January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"])
month_abbr = _localized_month(["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                               "Oct", "Nov", "Dec"])


def isleap(year):
    """True for a leap year of the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    def up_to(year):
        # Leap years in 1..year (negative years count backwards the same way).
        return year // 4 - year // 100 + year // 400
    return up_to(y2 - 1) - up_to(y1 - 1)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday) for the date; years outside datetime's range repeat every 400."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats itself every 400 years.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


class Calendar(object):
    """Month and year tables as lists of weeks; weeks start on firstweekday (0 is Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        # Any int is kept; what counts is its value modulo 7.
        first = self._firstweekday
        return first % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        first = self.firstweekday
        for i in range(first, first + 7):
            yield i % 7

    def _padding(self, year, month):
        # Days shown from the previous and the next month to fill the first and the last week.
        first_day, days = monthrange(year, month)
        before = (first_day - self.firstweekday) % 7
        after = (self.firstweekday - first_day - days) % 7
        return before, days, after

    def itermonthdates(self, year, month):
        for triple in self.itermonthdays3(year, month):
            yield datetime.date(*triple)

    def itermonthdays(self, year, month):
        before, days, after = self._padding(year, month)
        for _ in range(before):
            yield 0
        yield from range(1, days + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        weekday = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, weekday % 7
            weekday += 1

    def itermonthdays3(self, year, month):
        before, days, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        last = _monthlen(py, pm)
        for d in range(last - before + 1, last + 1):
            yield py, pm, d
        for d in range(1, days + 1):
            yield year, month, d
        following = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield following[0], following[1], d

    def itermonthdays4(self, year, month):
        weekday = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, weekday % 7
            weekday += 1

    def monthdatescalendar(self, year, month):
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


def _weeks(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


def _rows(months, width):
    return [months[i:i + width] for i in range(0, len(months), width)]


class TextCalendar(Calendar):
    """Calendars as plain text, the layout of the Unix cal program."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        name = (day_name if width >= 9 else day_abbr)[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        newlines = '\n' * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), newlines,
                 self.formatweekheader(w).rstrip(), newlines]
        for days in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(days, w).rstrip())
            parts.append(newlines)
        return ''.join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        newlines = '\n' * l
        column = (w + 1) * 7 - 1
        parts = [repr(theyear).center(column * m + c * (m - 1)).rstrip(), newlines]
        week_header = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            parts.append(newlines)
            names = [self.formatmonthname(theyear, k, column, False) for k in months]
            parts.append(formatstring(names, column, c).rstrip())
            parts.append(newlines)
            parts.append(formatstring([week_header] * len(months), column, c).rstrip())
            parts.append(newlines)
            for j in range(max(map(len, row))):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                parts.append(formatstring(weeks, column, c).rstrip())
                parts.append(newlines)
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """HTML tables: not available in PyPack."""

    def __init__(self, firstweekday=0):
        raise NotImplementedError("calendar.HTMLCalendar is not supported by PyPack")


class LocaleTextCalendar(TextCalendar):
    """Names in another locale: not available in PyPack, which has only the C locale."""

    def __init__(self, firstweekday=0, locale=None):
        raise NotImplementedError("calendar.LocaleTextCalendar is not supported by PyPack")


class LocaleHTMLCalendar(HTMLCalendar):
    """Names in another locale: not available in PyPack, which has only the C locale."""

    def __init__(self, firstweekday=0, locale=None):
        raise NotImplementedError("calendar.LocaleHTMLCalendar is not supported by PyPack")


c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print columns, each centred in colwidth, spacing spaces apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Columns, each centred in colwidth, spacing spaces apart."""
    return (spacing * ' ').join([col.center(colwidth) for col in cols])


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[0:6]
    elapsed_days = datetime.date(year, month, 1).toordinal() + (day - 1) - _EPOCH_ORD
    return elapsed_days * 86400 + hour * 3600 + minute * 60 + second
