# datetime's native arithmetic (timedelta from int parts, datetime comparison, datetime/date +- timedelta,
# datetime - datetime) against the Python fallbacks: subclasses, zones, bools, floats, overflow.
from datetime import date, datetime, timedelta, timezone
import pickle

class TD(timedelta):
    pass

class DT(datetime):
    def __lt__(self, other):
        return "DT.lt"

class D(date):
    pass

def show(label, f):
    try:
        v = f()
        print(label, type(v).__name__, repr(v))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)

show("td kw", lambda: timedelta(hours=7, minutes=61))
show("td pos", lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
show("td neg", lambda: timedelta(seconds=-1))
show("td neg us", lambda: timedelta(microseconds=-86400000001))
show("td bool", lambda: timedelta(days=True))
show("td float", lambda: timedelta(hours=1.5))
show("td big", lambda: timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999))
show("td over", lambda: timedelta(days=1000000000))
show("td over2", lambda: timedelta(weeks=2**62))
show("td over3", lambda: timedelta(microseconds=2**63))
show("td neg over", lambda: timedelta(days=-1000000000))
show("td min", lambda: timedelta(days=-999999999))
show("td str", lambda: timedelta(days="1"))
show("td sub", lambda: TD(hours=3))
show("td hash", lambda: hash(timedelta(hours=3)) == hash(timedelta(seconds=10800)))
show("td eq", lambda: timedelta(hours=3) == timedelta(minutes=180))
show("td pickle", lambda: pickle.loads(pickle.dumps(timedelta(days=-3, hours=5))))
show("td attrs", lambda: (timedelta(days=-1, seconds=5).days, timedelta(days=-1, seconds=5).seconds, timedelta(microseconds=-1).microseconds))
a = datetime(2024, 1, 1, 9, 30)
b = datetime(2024, 1, 1, 9, 30, 0, 1)
u = datetime(2024, 1, 1, 9, 30, tzinfo=timezone.utc)
v = datetime(2024, 1, 1, 10, 30, tzinfo=timezone(timedelta(hours=1)))
for name, x, y in (("a,b", a, b), ("b,a", b, a), ("a,a", a, a), ("u,v", u, v), ("a,u", a, u), ("a,DT", a, DT(2024, 1, 1)), ("DT,a", DT(2024, 1, 1), a), ("a,date", a, date(2024, 1, 1)), ("a,1", a, 1)):
    for op in ("<", "<=", ">", ">=", "==", "!="):
        show(name + op, lambda: {"<": x.__lt__, "<=": x.__le__, ">": x.__gt__, ">=": x.__ge__, "==": x.__eq__, "!=": x.__ne__}[op](y))
    show(name + " < ", lambda: x < y)
    show(name + " == ", lambda: x == y)
    show(name + " - ", lambda: x - y)
show("fold eq", lambda: datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1))
show("fold lt", lambda: datetime(2024, 1, 1, fold=1) < datetime(2024, 1, 1))
show("add", lambda: a + timedelta(hours=7, minutes=3))
show("radd", lambda: timedelta(days=400) + a)
show("sub td", lambda: a - timedelta(days=400, microseconds=7))
show("add tz", lambda: u + timedelta(hours=1))
show("add tz is", lambda: (u + timedelta(hours=1)).tzinfo is u.tzinfo)
show("add TD", lambda: a + TD(hours=1))
show("DT add", lambda: DT(2024, 1, 1) + timedelta(hours=1))
show("add over", lambda: datetime(9999, 12, 31, 23) + timedelta(hours=1))
show("sub over", lambda: datetime(1, 1, 1) - timedelta(microseconds=1))
show("add huge", lambda: a + timedelta(days=999999999))
show("dt - dt tz", lambda: u - v)
show("dt - dt mix", lambda: a - u)
show("date add", lambda: date(2024, 2, 29) + timedelta(days=365))
show("date radd", lambda: timedelta(days=-1) + date(2024, 3, 1))
show("date sub", lambda: date(2024, 3, 1) - timedelta(days=1, hours=23))
show("date sub date", lambda: date(2024, 3, 1) - date(2023, 3, 1))
show("date over", lambda: date(9999, 12, 31) + timedelta(days=1))
show("date under", lambda: date(1, 1, 1) - timedelta(days=1))
show("D add", lambda: D(2024, 1, 1) + timedelta(days=1))
show("date add dt", lambda: date(2024, 1, 1) + 1)
show("date TD", lambda: date(2024, 1, 1) + TD(days=2))
show("hash", lambda: hash(a + timedelta(0)) == hash(a))
show("sorted", lambda: sorted([b, a, datetime(2023, 5, 5)]))
show("max", lambda: max([b, a, datetime(2023, 5, 5)]))
