"""strptime for time.strptime and datetime.strptime: a format becomes a regular expression over the
C locale's names, as CPython's _strptime builds one. time imports this module only when called."""

import re
import time as _time
from datetime import (_LAST_ORDINAL, _MONTH_NAMES, _WEEKDAY_NAMES, _civil, _iso_year_start, _leap, _ordinal,
                      _valid_date, _weekday_of)


def _choice(name, words):
    """A named group matching any of words, longest first so that none is cut short."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?P<%s>%s)" % (name, "|".join(re.escape(w) for w in ordered))


_NUMERIC_PATTERNS = {
    "d": "3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9]",
    "f": "[0-9]{1,6}",
    "H": "2[0-3]|[01][0-9]|[0-9]",
    "I": "1[0-2]|0[1-9]|[1-9]",
    "G": "[0-9]{4}",
    "j": "36[0-6]|3[0-5][0-9]|[12][0-9][0-9]|0[1-9][0-9]|00[1-9]|[1-9][0-9]|0[1-9]|[1-9]",
    "m": "1[0-2]|0[1-9]|[1-9]",
    "M": "[0-5][0-9]|[0-9]",
    "S": "6[01]|[0-5][0-9]|[0-9]",
    "U": "5[0-3]|[0-4][0-9]|[0-9]",
    "W": "5[0-3]|[0-4][0-9]|[0-9]",
    "w": "[0-6]",
    "u": "[1-7]",
    "V": "5[0-3]|0[1-9]|[1-4][0-9]|[0-9]",
    "y": "[0-9]{2}",
    "Y": "[0-9]{4}",
    "z": "[+-][0-9]{2}:?[0-5][0-9](:?[0-5][0-9](\\.[0-9]{1,6})?)?|(?-i:Z)",
}
_LAYOUTS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_patterns = {}
_compiled = {}


def _directive_pattern(d):
    if not _patterns:
        for key in _NUMERIC_PATTERNS:
            _patterns[key] = "(?P<%s>%s)" % (key, _NUMERIC_PATTERNS[key])
        days = [w.lower() for w in _WEEKDAY_NAMES]
        months = [w.lower() for w in _MONTH_NAMES]
        _patterns["A"] = _choice("A", days)
        _patterns["a"] = _choice("a", [w[:3] for w in days])
        _patterns["B"] = _choice("B", months)
        _patterns["b"] = _choice("b", [w[:3] for w in months])
        _patterns["p"] = _choice("p", ["am", "pm"])
        zones = {"utc", "gmt", _time.tzname[0].lower()}
        if _time.daylight:
            zones.add(_time.tzname[1].lower())
        _patterns["Z"] = _choice("Z", zones)
        _patterns["%"] = "%"
    return _patterns.get(d)


class _BadDirective(Exception):
    pass


def _regex_source(format):
    """The regular expression of a format (a repeated directive is a repeated group name, an error)."""
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        i += 1
        if c.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append("\\s+")
            continue
        if c != "%":
            out.append("\\" + c if c in ".^$*+?{}[]|()\\" else c)
            continue
        if i >= n:
            raise IndexError
        d = format[i]
        i += 1
        if d in _LAYOUTS:
            out.append(_regex_source(_LAYOUTS[d]))
            continue
        pattern = _directive_pattern(d)
        if pattern is None:
            # CPython escapes the format before reading directives, so '%' then a space or a
            # regex metacharacter is reported as a bad '%'.
            raise _BadDirective("%" if d.isspace() or d in ".^$*+?{}[]|()\\" else d)
        out.append(pattern)
    return "".join(out)


def _format_regex(format):
    found = _compiled.get(format)
    if found is None:
        try:
            source = _regex_source(format)
        except _BadDirective as err:
            raise ValueError("'%s' is a bad directive in format '%s'" % (err.args[0], format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        found = re.compile(source, re.IGNORECASE)
        if len(_compiled) > 20:
            _compiled.clear()
        _compiled[format] = found
    return found


def _from_week(year, week, weekday, monday_first):
    """Day of year (may be <= 0) for %U/%W week numbers: week 1 starts on the year's first Monday
    (or Sunday), the days before it are week 0."""
    first = _weekday_of(_ordinal(year, 1, 1))
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    lead = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + lead + 7 * (week - 1) + weekday


def _offset_seconds(text):
    """(seconds, microseconds) east of UTC for a %z match."""
    if text == "Z":
        return 0, 0
    sign = -1 if text[0] == "-" else 1
    body = text[1:]
    if len(body) > 2 and body[2] == ":":
        body = body[:2] + body[3:]
        if len(body) > 4:
            if body[4] != ":":
                raise ValueError("Inconsistent use of : in %s" % text)
            body = body[:4] + body[5:]
    seconds = int(body[0:2]) * 3600 + int(body[2:4]) * 60
    if len(body) >= 6:
        seconds += int(body[4:6])
    frac = body[7:]
    micro = int((frac + "000000")[:6]) if frac else 0
    return sign * seconds, sign * micro


def _parse(text, format):
    """The fields a string gives under a format, as a dict (CPython's _strptime tuple, by name)."""
    match = _format_regex(format).match(text)
    if match is None:
        raise ValueError("time data %r does not match format %r" % (text, format))
    if match.end() != len(text):
        raise ValueError("unconverted data remains: %s" % text[match.end():])
    got = match.groupdict()
    year = iso_year = iso_week = week = weekday = yday = None
    month = day = 1
    hour = minute = second = us = 0
    monday_first = True
    offset = None
    offset_us = 0
    lower_days = [w.lower() for w in _WEEKDAY_NAMES]
    lower_months = [w.lower() for w in _MONTH_NAMES]
    for key in got:
        value = got[key]
        if key == "Y":
            year = int(value)
        elif key == "y":
            year = int(value)
            year += 2000 if year < 69 else 1900
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = lower_months.index(value.lower()) + 1
        elif key == "b":
            month = [w[:3] for w in lower_months].index(value.lower()) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value) % 12
            if (got.get("p") or "").lower() == "pm":
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            us = int((value + "00000")[:6])
        elif key == "A":
            weekday = lower_days.index(value.lower())
        elif key == "a":
            weekday = [w[:3] for w in lower_days].index(value.lower())
        elif key == "w":
            weekday = (int(value) + 6) % 7
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            yday = int(value)
        elif key == "U" or key == "W":
            week = int(value)
            monday_first = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            offset, offset_us = _offset_seconds(value)
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year "
                         "'%G' instead.")
    # Without a year, February 29th is checked against a leap year and then given year 1900.
    feb29 = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if feb29 else 1900
    if yday is None and weekday is not None:
        if week is not None:
            yday = _from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            # Not range-checked: week 53 of a 52-week year is the next year's first week. The day
            # of the year counts from the ISO year's January 1st (369 for 2020's week 53, Sunday),
            # or the year before's when the week starts in it.
            n = _iso_year_start(iso_year) + (iso_week - 1) * 7 + weekday
            year = iso_year if n >= _ordinal(iso_year, 1, 1) else iso_year - 1
            yday = n - _ordinal(year, 1, 1) + 1
        if yday is not None and yday <= 0:
            year -= 1
            yday += 366 if _leap(year) else 365
    if yday is not None:
        n = _ordinal(year, 1, 1) + yday - 1
        if n < 1 or n > _LAST_ORDINAL:
            raise ValueError("year %d is out of range" % max(_civil(n)[0], 0))
        year, month, day = _civil(n)
    else:
        _valid_date(year, month, day)
        yday = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    if weekday is None:
        # A weekday the string gives is kept even when the date falls on another.
        weekday = _weekday_of(_ordinal(year, month, day))
    if feb29:
        year = 1900
    zone = got.get("Z")
    return {"year": year, "month": month, "day": day, "hour": hour, "minute": minute, "second": second, "us": us,
            "weekday": weekday, "yday": yday, "isdst": _isdst(zone), "offset": offset, "offset_us": offset_us,
            "zone": zone}


def _isdst(zone):
    """tm_isdst for a %Z name: 0 for UTC, GMT or the standard zone, 1 for the daylight one, else -1."""
    if zone is None:
        return -1
    found = zone.lower()
    standard, daylight = _time.tzname
    kinds = ({"utc", "gmt", standard.lower()}, {daylight.lower()} if _time.daylight else set())
    for isdst, names in enumerate(kinds):
        if found in names:
            # Both names alike with daylight saving: too ambiguous to tell which one was meant.
            if standard == daylight and _time.daylight and found not in ("utc", "gmt"):
                return -1
            return isdst
    return -1


def _check_text(data_string, format):
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time, with tm_zone and tm_gmtoff from %Z and %z (None without them)."""
    _check_text(data_string, format)
    f = _parse(data_string, format)
    return _time.struct_time((f["year"], f["month"], f["day"], f["hour"], f["minute"], f["second"], f["weekday"],
                              f["yday"], f["isdst"], f["zone"], f["offset"]))


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls, aware when the string gives a %z offset."""
    from datetime import timedelta, timezone
    f = _parse(data_string, format)
    args = [f["year"], f["month"], f["day"], f["hour"], f["minute"], f["second"], f["us"]]
    if f["offset"] is not None:
        delta = timedelta(seconds=f["offset"], microseconds=f["offset_us"])
        args.append(timezone(delta, f["zone"]) if f["zone"] else timezone(delta))
    return cls(*args)

