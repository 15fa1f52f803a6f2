# Constructors with argument kinds beyond plain ints, and subclasses of date, time and datetime:
# their results keep the subclass and their argument errors are CPython's.
from datetime import date, datetime, time, timedelta, timezone


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyInt(int):
    pass


def attempt(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("date bool", date, 2024, True, True)
attempt("date subint", date, MyInt(2024), MyInt(2), MyInt(29))
attempt("date index", date, Idx(2024), Idx(3), Idx(1))
attempt("date float", date, 2024.0, 1, 1)
attempt("date str", date, "2024", 1, 1)
attempt("date big", date, 2 ** 70, 1, 1)
attempt("date neg", date, -1, 1, 1)
attempt("date missing", date, 2024, 1)
attempt("date kw", date, year=2024, month=5, day=6)
attempt("date day0", date, 2024, 1, 0)
attempt("date feb29", date, 2023, 2, 29)
attempt("time bool", time, True, False)
attempt("time hour24", time, 24)
attempt("time us", time, 1, 2, 3, 1000000)
attempt("time fold2", time, 1, fold=2)
attempt("time foldbool", time, 1, fold=True)
attempt("time tz bad", time, 1, tzinfo=5)
attempt("time index", time, Idx(5), Idx(6))
attempt("dt bool", datetime, 2024, 1, 1, True)
attempt("dt min60", datetime, 2024, 1, 1, 0, 60)
attempt("dt sec60", datetime, 2024, 1, 1, 0, 0, 60)
attempt("dt us neg", datetime, 2024, 1, 1, 0, 0, 0, -1)
attempt("dt tz bad", datetime, 2024, 1, 1, tzinfo="UTC")
attempt("dt fold", datetime, 2024, 1, 1, fold=1)
attempt("dt fold bad", datetime, 2024, 1, 1, fold=-1)
attempt("dt bad month and hour", datetime, 2024, 13, 1, 25)
attempt("dt subint", datetime, MyInt(2024), 1, 1, MyInt(23), 59, 59, 999999)
attempt("dt none", datetime, None, 1, 1)
attempt("dt year0", datetime, 0, 1, 1)
attempt("dt year10000", datetime, 10000, 1, 1)


class Day(date):
    def label(self):
        return "Day<%s>" % self.isoformat()


class Moment(datetime):
    def __new__(cls, *args, **kw):
        print("Moment.__new__", args, sorted(kw.items()))
        return super().__new__(cls, *args, **kw)


class Clock(time):
    pass


d = Day.fromisoformat("2024-02-29")
print(type(d).__name__, d.label(), type(d + timedelta(days=1)).__name__, type(Day(2024, 1, 1)).__name__,
      type(Day.fromisocalendar(2024, 1, 1)).__name__, type(Day.fromordinal(5)).__name__)
m = Moment.fromisoformat("2024-02-29T10:20:30.5+02:00")
print(type(m).__name__, repr(m))
print(type(m + timedelta(hours=1)).__name__, type(m - timedelta(1)).__name__, type(m.replace(hour=1)).__name__)
print(type(Moment.fromisoformat("2024-02-29")).__name__)
c = Clock.fromisoformat("10:20:30Z")
print(type(c).__name__, repr(c), type(c.replace(hour=1)).__name__)
for s in ["2024-02-30", "2024-W53-1"]:
    try:
        Moment.fromisoformat(s)
    except ValueError as e:
        print("ValueError", e)
print(Day(2024, 3, 1) > date(2024, 2, 1), Moment(2024, 1, 1) == datetime(2024, 1, 1), hash(Day(2024, 1, 1)) == hash(date(2024, 1, 1)))
print(datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc) if False else "skip",
      datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc))
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError", e)


class Outer:
    class Inner(date):
        pass


class Span(timedelta):
    pass


print(repr(Outer.Inner(2024, 1, 1)), repr(Span(1, 2)), repr(Clock(1)), repr(Day(1, 1, 1).replace(year=2)))
for label, call in [("date.replace None", lambda: date(2024, 1, 1).replace(year=None)),
                    ("time.replace fold None", lambda: time(1).replace(fold=None)),
                    ("dt.replace hour None", lambda: datetime(2024, 1, 1).replace(hour=None)),
                    ("dt.replace tz None", lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).replace(tzinfo=None)),
                    ("fromordinal big", lambda: date.fromordinal(2 ** 40)),
                    ("fromisocalendar big", lambda: date.fromisocalendar(2 ** 63, 1, 1)),
                    ("date small", lambda: date(-2 ** 40, 1, 1)),
                    ("date None kw", lambda: date(2024, 1, day=None))]:
    attempt(label, call)
