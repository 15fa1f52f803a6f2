# datetime.isoformat/str natively for exact naive datetimes, and the fallbacks: zones, timespecs,
# separators (non-BMP, wrong length, non-str), subclasses, microseconds.
from datetime import datetime, timezone, timedelta

class DT(datetime):
    pass

values = [datetime(2024, 1, 1, 9, 30), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999), datetime(5, 6, 7, 8, 9, 10, 11),
          datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
          DT(2024, 2, 29, 12)]
for v in values:
    print(v.isoformat(), str(v), v.isoformat(" "), v.isoformat(sep="\u00e9"), v.isoformat("\U0001F600"))
    for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
        print(" ", spec, v.isoformat(timespec=spec))
    for bad in (("ab", "auto"), (5, "auto"), ("T", "days"), ("T", 5), ("", "auto")):
        try:
            print(" ", v.isoformat(*bad))
        except Exception as e:
            print("  raised", type(e).__name__, e)
print(f"{datetime(2024, 3, 4, 5, 6, 7)}", [datetime(2024, 3, 4)])
