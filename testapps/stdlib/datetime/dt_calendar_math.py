# ISO calendars, ordinals, timedelta normalisation and rounding, overflow, hashing and ordering.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR

for d in [date(2024, 1, 1), date(2020, 12, 31), date(2021, 1, 3), date(2027, 1, 1), date(1, 1, 1), date(9999, 12, 31)]:
    ic = d.isocalendar()
    print(d, ic, tuple(ic), ic.year, ic.week, ic.weekday, ic[1], len(ic), ic == (ic[0], ic[1], ic[2]), d.weekday(), d.isoweekday(), d.toordinal())
print(date.fromordinal(1), date.fromordinal(730120), date.fromordinal(3652059), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
for bad in [lambda: date.fromordinal(0), lambda: date.fromordinal(3652060), lambda: date.fromisocalendar(2024, 53, 1), lambda: date.fromisocalendar(2024, 0, 1),
            lambda: date.fromisocalendar(2024, 1, 8), lambda: date.fromisocalendar(0, 1, 1), lambda: date(2023, 2, 29), lambda: date(10000, 1, 1),
            lambda: date(2024, 0, 1), lambda: date(2024.5, 1, 1), lambda: date.max + timedelta(days=1), lambda: date.min - timedelta(days=1),
            lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(microseconds=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# fromisoformat's wider 3.11 grammar
for s in ["2024-W01", "2024W01", "2024-W01-7", "2024W017", "2020-W53", "2021-W53", "2024-W00", "20240229", "2024-02-29", "2023-02-29", "2024-0229", "2024-01-01junk"]:
    try:
        print(repr(s), repr(date.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ["2024-01-01T00:00:00.000001-00:00", "2024-01-01 23:59:59,999999999", "20240101T0000Z", "2024-W01-1T08", "2024-01-01T08:00+05", "2024-01-01T08:00-05:30:15",
          "2024-01-01T08:00:00+00:00:00.000001", "2024-01-01T08:00-00:00:01.5", "2024-01-01T8:00", "2024-01-01T08:00:60", "2024-01-01T08:00+", "2024-01-01T08:00Z+01"]:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

# timedelta: normalisation, float rounding (half to even), arithmetic and text
for td in [timedelta(days=-1), timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(hours=25, minutes=61), timedelta(weeks=1.5),
           timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(seconds=2.5e-6), timedelta(milliseconds=-0.0005), timedelta(days=0.1, hours=-2.4),
           timedelta(999999999, 86399, 999999), timedelta(-999999999)]:
    print(repr(td), str(td), td.total_seconds(), td.days, td.seconds, td.microseconds, bool(td))
t = timedelta(hours=1, microseconds=3)
print(t * 2, t * 0.5, 3 * t, t / 2, t / 7, t // 7, t / 0.25, t / timedelta(minutes=7), t // timedelta(minutes=7), t % timedelta(minutes=7),
      divmod(t, timedelta(minutes=7)), -t, abs(-t), +t, t - timedelta(hours=2), timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
for bad in [lambda: timedelta(days=1e9), lambda: timedelta(days=10 ** 9), lambda: timedelta(seconds="1"), lambda: timedelta(hours=float("nan")), lambda: t / 0,
            lambda: t // 0, lambda: t / timedelta(0), lambda: t % timedelta(0), lambda: t * float("inf"), lambda: timedelta.max + timedelta.resolution]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(timedelta.min, timedelta.max, timedelta.resolution, date.resolution, MINYEAR, MAXYEAR)

# ordering, equality and hashing across zones
utc = timezone.utc
east = timezone(timedelta(hours=9), "JST")
a = datetime(2024, 5, 1, 9, 0, tzinfo=east)
b = datetime(2024, 5, 1, 0, 0, tzinfo=utc)
print(a == b, hash(a) == hash(b), a - b, sorted([a, b, datetime(2024, 4, 30, 23, 0, tzinfo=utc)]), len({a, b}))
print(time(9, tzinfo=east) == time(0, tzinfo=utc), time(9, tzinfo=east) < time(1, tzinfo=utc), hash(time(9, tzinfo=east)) == hash(time(0, tzinfo=utc)))
print(sorted({date(2024, 1, 2), date(2023, 12, 31), date(2024, 1, 1)}), date(2024, 1, 1) == datetime(2024, 1, 1), date(2024, 1, 1) != datetime(2024, 1, 1))
for bad in [lambda: a < datetime(2024, 5, 1), lambda: datetime(2024, 5, 1) - a, lambda: time(1) >= time(1, tzinfo=utc), lambda: date(2024, 1, 1) <= datetime(2024, 1, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class Gap(tzinfo):
    """+1h normally, +2h for fold=1 on 2024-03-31 02:xx (a made-up ambiguous hour)."""
    def utcoffset(self, dt):
        if dt.year == 2024 and dt.month == 3 and dt.day == 31 and dt.hour == 2 and dt.fold:
            return timedelta(hours=2)
        return timedelta(hours=1)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "GAP"


g = datetime(2024, 3, 31, 2, 30, tzinfo=Gap())
print(g == datetime(2024, 3, 31, 1, 30, tzinfo=utc), g.replace(fold=1).utcoffset(), g == g, g.replace(fold=1) == g)


class MyDate(date):
    pass


class MyDateTime(datetime):
    pass


md = MyDate(2024, 2, 28) + timedelta(days=1)
mdt = MyDateTime(2024, 2, 28, 12) + timedelta(hours=12)
print(type(md).__name__, md, type(mdt).__name__, mdt, type(mdt - timedelta(1)).__name__, type(MyDateTime.fromisoformat("2024-01-01")).__name__,
      type(mdt.replace(year=2020)).__name__, type(MyDate.fromordinal(5)).__name__)
