from datetime import date, timedelta, MINYEAR, MAXYEAR

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d.isoformat(), d.timetuple(), d.replace(day=1), d.replace(year=2025, day=28), d + timedelta(days=1), d - timedelta(weeks=9))
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, date.fromordinal(1), date.fromordinal(738000), date.min, date.max, date.resolution)
print(MINYEAR, MAXYEAR, date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(), date(1970, 1, 1).toordinal())
for y, m, dd in [(2020, 12, 28), (2021, 1, 3), (2021, 1, 4), (2026, 12, 31), (2027, 1, 1), (2015, 12, 31), (2008, 12, 29), (2010, 1, 3)]:
    x = date(y, m, dd)
    ic = x.isocalendar()
    print(x, ic, ic.year, ic.week, ic.weekday, tuple(ic), ic[0], date.fromisocalendar(*ic) == x, x.strftime("%G-W%V-%u %a %A %b %B %j %U %W %w"))
for s in ["2024-03-05", "20240305", "2024-W10-2", "2024W102", "2024-W10", "2024W10", "2024-3-5", "2024-03-5", "24-03-05", "2024/03/05",
          "2024-13-01", "2024-02-30", "0000-01-01", "2024-W54-1", "2024-W00-1", "2024-W10-8", "2024-03-05T00:00", "", "20240305xx", "2020-W53"]:
    try:
        print(repr(s), date.fromisoformat(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for args in [(2024, 2, 30), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1), (2024, 1, 0), (2024.0, 1, 1), ("2024", 1, 1), (2024, 1)]:
    try:
        print(date(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for bad in [lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: date.fromordinal(0), lambda: date.fromisoformat(20240101), lambda: date.fromisocalendar(2024, 53, 1), lambda: date.fromisocalendar(2024, 1, 0),
            lambda: date.fromisocalendar(10000, 1, 1), lambda: d.strftime(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a, b = date(2024, 1, 1), date(2024, 1, 2)
print(a < b, a == date(2024, 1, 1), a != b, max(a, b), sorted([b, a]), a == "2024-01-01", hash(a) == hash(date(2024, 1, 1)))
print(sorted({date(2024, 1, i) for i in range(1, 8)}), list({date(2024, 1, i): i for i in (5, 3, 1)}))
print(set([date(2020, 5, 17), date(1999, 12, 31), date(2024, 2, 29), date(1, 1, 1), date(9999, 12, 31)]))
print(f"{d}", f"{d:%d/%m/%Y}", "{:%A %d %B %Y}".format(d), format(d, ""), d.strftime("%%Y %Y %y %C %e %D %F %x %c"))
print(date(5, 1, 1).strftime("%Y %y %G"), date(999, 12, 31).isoformat(), date(1, 1, 1).strftime("%c|%x|%-d|%-m|%_d|"))
