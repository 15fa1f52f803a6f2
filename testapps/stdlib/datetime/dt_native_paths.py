# datetime's native paths for the exact class (fromisoformat, arithmetic with timedelta, ordering)
# against their fallbacks: subclasses, time zones, range edges and errors.
from datetime import datetime, timedelta, timezone
import copy
import pickle


class Stamp(datetime):
    def label(self):
        return "stamp " + self.isoformat()


def show(x):
    print(type(x).__name__, repr(x), hash(x) == hash(copy.copy(x)))


for text in ["2024-01-02T03:04:05", "2024-02-29 23:59:59.123456", "0001-01-01T00:00:00", "9999-12-31T23:59:59.999999",
             "2024-01-02T03:04:05+02:00", "2024-01-02T03:04:05Z", "2024-W01-1T10:00", "2023-02-29T00:00:00",
             "2024-01-02T24:00:00", "2024-01-02T03:04:65", "nonsense"]:
    for cls in (datetime, Stamp):
        try:
            d = cls.fromisoformat(text)
            show(d)
            print("  fields", d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
            print("  pickled", pickle.loads(pickle.dumps(d)) == d, copy.deepcopy(d) == d)
        except ValueError as e:
            print(cls.__name__, "ValueError", e)

start = datetime(2024, 1, 1, 9, 30)
for delta in [timedelta(hours=7), timedelta(days=-800, microseconds=1), timedelta(0), timedelta(minutes=-570)]:
    show(start + delta)
    show(delta + start)
    show(start - delta)
    show(Stamp(2024, 1, 1, 9, 30) + delta)
zoned = datetime(2024, 3, 10, 12, 0, tzinfo=timezone(timedelta(hours=-5)))
show(zoned + timedelta(hours=30))
print(zoned - datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc))
for bad in [datetime.max, datetime.min]:
    try:
        bad + (timedelta(microseconds=1) if bad is datetime.max else timedelta(microseconds=-1))
    except OverflowError as e:
        print("OverflowError", e)
print(datetime.max - datetime.min, datetime(2024, 5, 1) - datetime(2023, 5, 1, 12))

days = [datetime(2024, 1, 1) + timedelta(hours=5 * i, seconds=i) for i in range(30)]
print(max(days), min(days), sorted(days, reverse=True)[:3])
print(days[3] < days[4], days[4] <= days[4], days[5] > Stamp(2024, 1, 1), days[0] == Stamp(2024, 1, 1), days[0] != days[1])
try:
    print(days[0] < zoned)
except TypeError as e:
    print("TypeError", e)
print(Stamp.fromisoformat("2024-06-01T10:00").label(), Stamp(2024, 6, 1) + timedelta(days=1))
