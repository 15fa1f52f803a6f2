# datetime.fromisoformat: the exact class stores the fields it read directly, a subclass goes
# through its own constructor, and out-of-range fields raise the constructor's messages.
from datetime import datetime, timedelta, timezone

for text in ["2024-01-01T09:30:00", "2024-02-29 23:59:59.123456", "2024-03-10T01:02:03+05:30",
             "2024-03-10T01:02:03Z", "2024-03-10T01:02:03-00:00", "20240310T010203", "2024-W10-2T12:00",
             "2024-03-10T01:02:03.5+01:00:30"]:
    d = datetime.fromisoformat(text)
    print(repr(d), d.isoformat(), d.tzinfo, d.fold, hash(d) == hash(d.replace()), type(d).__name__)

d = datetime.fromisoformat("2024-01-01T09:30:00")
print(d == datetime(2024, 1, 1, 9, 30), d < datetime(2024, 1, 1, 9, 31), d + timedelta(days=31))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.timetuple()[:6], d.weekday())
print({d: 1}[datetime(2024, 1, 1, 9, 30)], d.strftime("%A %d %B %Y %H:%M"), d.replace(tzinfo=timezone.utc))
print(d.astimezone(timezone(timedelta(hours=2))).utcoffset() is not None)


class Stamp(datetime):
    made = 0

    def __new__(cls, *args, **kw):
        Stamp.made += 1
        return super().__new__(cls, *args, **kw)

    def __repr__(self):
        return "Stamp<%s>" % self.isoformat()


s = Stamp.fromisoformat("2024-05-06T07:08:09+00:00")
print(s, repr(s), type(s).__name__, Stamp.made, s.tzinfo)


class Plain(datetime):
    pass


p = Plain.fromisoformat("2024-05-06 07:08")
print(repr(p), type(p) is Plain)

for bad in ["2024-02-30T01:00", "2023-02-29", "2024-13-01", "2024-01-01T24:00", "2024-01-01T23:60",
            "2024-01-01T23:59:60", "0000-01-01", "2024-01-01T10:00+24:00", "2024-02-30T10:00+24:00",
            "2024-01-01T10:00:00.1234567", "2024-01-01X", "", "2024-1-01"]:
    for cls in (datetime, Plain):
        try:
            print(repr(cls.fromisoformat(bad)))
        except ValueError as e:
            print(cls.__name__, "ValueError", e)
try:
    datetime.fromisoformat(20240101)
except TypeError as e:
    print("TypeError", e)
