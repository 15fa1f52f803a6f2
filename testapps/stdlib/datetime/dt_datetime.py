from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC

dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.timetz(), dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), datetime(2024, 1, 1).isoformat(timespec=spec), time(1, 2, 3, 4).isoformat(spec))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 7)), repr(datetime(2024, 1, 1, 0, 0, 0, 1)))
print(dt.ctime(), dt.timetuple(), dt.toordinal(), dt.weekday(), dt.replace(hour=0, microsecond=0), dt.replace(tzinfo=UTC))
print(dt + timedelta(hours=10), dt - timedelta(days=40), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt, datetime.min, datetime.max)
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
minus530 = timezone(-timedelta(hours=5, minutes=30), "IST?")
for tz in [utc, plus2, minus530, timezone(timedelta(0)), timezone(timedelta(seconds=61)), timezone(timedelta(microseconds=-1)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz == timezone(tz.utcoffset(None)))
a = datetime(2024, 6, 1, 12, 0, tzinfo=plus2)
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst(), a.astimezone(utc), a.astimezone(minus530), a.timestamp(), a.isoformat())
print(a == datetime(2024, 6, 1, 10, 0, tzinfo=utc), a - datetime(2024, 6, 1, tzinfo=utc), a.utctimetuple(), hash(a) == hash(a.astimezone(utc)))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, plus2), datetime.utcfromtimestamp(86400 * 365.25),
      datetime.fromtimestamp(-1.5, utc), datetime.fromtimestamp(1e9 + 0.0000005, utc), datetime(2000, 1, 1, tzinfo=utc).timestamp())
print(datetime.combine(date(2024, 1, 2), time(3, 4)), datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=utc)), datetime.combine(date(2024, 1, 2), time(), plus2))
print(time(), repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 0, 5)), repr(time(23, 59, tzinfo=utc)), time(12, 30, tzinfo=plus2), time(1, fold=1).fold, repr(time(1, fold=1)))
print(time(12).utcoffset(), time(12, tzinfo=plus2).utcoffset(), time(12, tzinfo=plus2) < time(11, tzinfo=utc), time(1) < time(2), time.min, time.max, bool(time()))
for s in ["2024-03-10T14:05:09", "2024-03-10 14:05", "2024-03-10T14", "2024-03-10T14:05:09.5", "2024-03-10T14:05:09,123", "2024-03-10T14:05:09.1234567",
          "2024-03-10T14:05:09Z", "2024-03-10T14:05:09+05:30", "2024-03-10T14:05:09-0800", "2024-03-10T140509", "20240310T140509+0100",
          "2024-03-10", "2024-03-10T", "2024-03-10T25:00", "2024-03-10T14:5", "2024-03-10T14:05:09+24:00", "2024-W10-1T10:00", "2024-03-10T14:05:09+00:00",
          "2024-03-10X14:05", "2024", "2024-03-10T14:05:09.", "2024-03-10T14:05:09 ", "2024-03-10T14:05:09+01:00:30.5"]:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ["10:20", "T10:20:30", "102030", "10:20:30.000001+01:00", "10:20Z", "25:00", "1:20", "10:20:30.123456789", "10", "10:2x"]:
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.offset
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return "Fixed(%s)" % self.name

ny = Fixed(-300, "EST")
b = datetime(2024, 1, 15, 9, 30, tzinfo=ny)
print(b, repr(b), b.tzname(), b.utcoffset(), b.astimezone(utc), utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)), b.astimezone(ny) is b)
print(datetime(2024, 1, 15, 14, 30, tzinfo=utc).astimezone(ny), b.strftime("%H:%M %Z %z"), b.timetuple().tm_isdst, b == datetime(2024, 1, 15, 14, 30, tzinfo=utc))

class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5
class Huge(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)
for bad in [lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 0, 60), lambda: datetime(2024, 1, 1, 0, 0, 60), lambda: datetime(2024, 1, 1, microsecond=10**6),
            lambda: datetime(2024, 1, 1, tzinfo=5), lambda: datetime(2024, 1, 1, fold=2), lambda: datetime(2024, 1), lambda: datetime(2024, 1, 1) < a,
            lambda: datetime(2024, 1, 1) - a, lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: timezone(5), lambda: timezone(timedelta(hours=24)),
            lambda: timezone(timedelta(0), 5), lambda: datetime(2024, 1, 1, tzinfo=Broken()).utcoffset(), lambda: datetime(2024, 1, 1, tzinfo=Huge()).utcoffset(),
            lambda: tzinfo().utcoffset(None), lambda: datetime.max + timedelta(1), lambda: dt.isoformat(timespec="days"), lambda: time(1) < time(1, tzinfo=utc),
            lambda: datetime.combine(dt, 5), lambda: utc.fromutc(datetime(2024, 1, 1)), lambda: datetime.fromisoformat(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(datetime(2024, 1, 1) == date(2024, 1, 1), datetime(2024, 1, 1) == a, datetime(2024, 1, 1) != a, time(1) == time(1, tzinfo=utc))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5, 5), datetime(2024, 1, 1, 23)]), max(a, datetime(2024, 6, 1, 11, tzinfo=utc)))
print(set([datetime(2024, 1, 1, 1), datetime(2020, 2, 2), datetime(1999, 9, 9, 9, 9, 9, 9), datetime(2024, 1, 1, tzinfo=plus2)]))
print(isinstance(dt, date), issubclass(datetime, date), type(utc).__name__, UTC is utc, datetime.resolution, dt.fold, timezone(timedelta(0)) is utc)
