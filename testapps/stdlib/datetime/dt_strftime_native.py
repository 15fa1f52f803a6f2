# date/datetime.strftime's native path: every C-locale directive, flags, zones and subclasses falling back.
from datetime import date, datetime, timezone, timedelta
class D(date): pass
class DT(datetime): pass
fmts = ["%a", "%A %d %B %Y", "%b %d %H:%M", "%Y-%m-%d %H:%M:%S %j %p", "%c", "%x %X", "%D %F %T %R %r", "%y %C %e %k %l %I %w %u %U %W",
        "%f", "%%", "%", "abc%", "%-d", "%_d", "%0e", "%^a", "%#b", "%z", "%Z", "%G %g %V", "%s" if False else "%h", "%n%t", "%q", "%P",
        "x" * 70 + "%d", "", "plain", "%%%d%%", "caf\u00e9 %d \U0001F600 %m", "%:z", "%i"]
values = [datetime(2024, 1, 1, 9, 30), datetime(2024, 12, 31, 23, 59, 59, 999999), datetime(1, 1, 1), datetime(9999, 12, 31, 12),
          datetime(5, 3, 7, 0, 0, 1, 12), date(2024, 2, 29), date(1, 1, 1), date(2023, 1, 1), date(2021, 1, 3), date(9999, 12, 31),
          datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 6, 1, tzinfo=timezone(timedelta(hours=-5))), D(2024, 1, 1), DT(2024, 1, 1, 13)]
for v in values:
    for f in fmts:
        try:
            print(repr(f), repr(v.strftime(f)))
        except Exception as e:
            print(repr(f), "raised", type(e).__name__, e)
    print(format(v, "%Y/%m"), f"{v:%d.%m.%Y}")
for bad in (None, 5, b"%Y"):
    try:
        print(datetime(2024, 1, 1).strftime(bad))
    except Exception as e:
        print("raised", type(e).__name__, e)
    try:
        print(date(2024, 1, 1).strftime(bad))
    except Exception as e:
        print("raised", type(e).__name__, e)
class S(str):
    def __getitem__(self, i):
        return "Q"
print(datetime(2024, 1, 1).strftime(S("%Y-%m")), date(2024, 1, 1).strftime(S("%d")))
