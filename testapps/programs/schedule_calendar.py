"""A scheduling helper: calendar text output, datetime with fixed offsets and UTC, isoformat and
fromisoformat round trips, strftime directives, and recurring-event expansion."""
import calendar
from datetime import date, datetime, time, timedelta, timezone

UTC = timezone.utc
CET = timezone(timedelta(hours=1), "CET")
IST = timezone(timedelta(hours=5, minutes=30))
NST = timezone(-timedelta(hours=3, minutes=30), "NST")


def month_grid(year, month):
    cal = calendar.TextCalendar(calendar.MONDAY)
    print(cal.formatmonth(year, month), end="")
    sunday_first = calendar.TextCalendar(calendar.SUNDAY)
    print(sunday_first.formatmonth(year, month, w=3, l=1), end="")
    print(calendar.monthrange(year, month), calendar.isleap(year), calendar.leapdays(2000, 2025))
    print(calendar.weekday(year, month, 1), calendar.day_name[calendar.weekday(year, month, 1)], list(calendar.month_abbr)[1:4])
    print(calendar.monthcalendar(year, month)[0], calendar.weekheader(2), calendar.firstweekday())


def recurring(start, every, count, tz):
    out = []
    current = start.replace(tzinfo=tz)
    for _ in range(count):
        out.append(current)
        current += every
    return out


def strftime_all(dt):
    directives = "aAwdbBmyYHIpMSfzZjUWcxX%GuV"
    for d in directives:
        print(f"%{d}={dt.strftime('%' + d)}", end=" ")
    print()


def main():
    month_grid(2024, 2)
    month_grid(2026, 11)
    print(calendar.TextCalendar().formatyear(2025, 2, 1, 1, 4).splitlines()[0:9])
    meetings = recurring(datetime(2024, 3, 29, 9, 30), timedelta(days=1, hours=1), 4, CET)
    for m in meetings:
        print(m.isoformat(), m.astimezone(UTC).isoformat(), m.astimezone(IST).strftime("%Y-%m-%d %H:%M %z"), m.tzname(), m.utcoffset())
    stamp = datetime(2024, 12, 31, 23, 59, 59, 123456, tzinfo=NST)
    print(stamp, stamp.isoformat(timespec="milliseconds"), stamp.isoformat(sep=" ", timespec="seconds"), repr(stamp))
    print(stamp.astimezone(UTC), stamp.timestamp(), datetime.fromtimestamp(stamp.timestamp(), UTC))
    for text in ["2024-02-29", "2024-02-29T12:30", "2024-02-29T12:30:45.5+02:00", "2024-02-29 12:30:45.123456-03:30",
                 "2024-02-29T12:30:45Z", "2024-13-01", "2024-02-30T00:00"]:
        try:
            parsed = datetime.fromisoformat(text)
            print(text, "->", repr(parsed), parsed.utcoffset())
        except ValueError as e:
            print(text, "-> ValueError", e)
    print(date.fromisoformat("2023-06-15").isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isoweekday())
    print(time.fromisoformat("07:08:09.000010"), time(23, 5, tzinfo=IST).isoformat(), time(1, 2).strftime("%I:%M %p"))
    strftime_all(datetime(2024, 1, 7, 15, 4, 5, 6789, tzinfo=CET))
    strftime_all(datetime(2023, 12, 31, 0, 0, 0))
    d1 = datetime(2024, 3, 10, 1, 59, tzinfo=UTC)
    d2 = datetime(2024, 3, 10, 3, 1, tzinfo=CET)
    print(d2 - d1, (d2 - d1).total_seconds(), d1 < d2, d1 == d1.astimezone(IST), abs(d1 - d2))
    print(timedelta(days=-1, seconds=5), timedelta(hours=-25.5), timedelta(microseconds=-1), repr(timedelta(weeks=3, milliseconds=7)))
    print(timedelta(days=400) // timedelta(days=7), timedelta(days=400) % timedelta(days=7), timedelta(hours=3) / 2, timedelta(hours=3) * 1.5)
    print(UTC, CET, IST, NST, repr(IST), repr(UTC), timezone(timedelta(0)), timezone.min, timezone.max)
    print(date(2024, 1, 31) + timedelta(days=30), date.max - date(2024, 1, 1), date(2024, 5, 17).replace(day=1).strftime("%A %d %B %Y"))
    schedule = {}
    for day in calendar.Calendar(calendar.MONDAY).itermonthdates(2024, 4):
        if day.month == 4 and day.weekday() in (calendar.TUESDAY, calendar.THURSDAY):
            schedule.setdefault(day.isocalendar()[1], []).append(day.strftime("%a %d"))
    for week, days in schedule.items():
        print(f"W{week:02d}: {', '.join(days)}")
    print(list(calendar.Calendar(6).itermonthdays2(2024, 2))[:8], calendar.timegm((2024, 2, 29, 12, 0, 0)))


main()
