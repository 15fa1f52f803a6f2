from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2023, 7, 4, 9, 5, 3, 42, tzinfo=timezone(timedelta(hours=-4), "EDT"))
for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %h", "%I:%M %p", "%j %U %W %w %u", "%G %V %g", "%z %Z", "%y %C %e", "%D %F %T %R %r",
            "%c", "%x", "%X", "%%", "%-d/%-m %-H:%-M", "%_d|%_m", "%n%t|", "%k|%l|%P", "%q", "100%", "%^a %^B", "plain"]:
    print(repr(fmt), repr(dt.strftime(fmt)))
print(datetime(2023, 7, 4).strftime("%z|%Z|%f"), time(13, 14, 15, 16).strftime("%H %I %p %f %Y %m %d"), date(2023, 1, 1).strftime("%H:%M:%S %U %W"))
print(datetime(2023, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15))).strftime("%z"), datetime(2023, 1, 1, tzinfo=timezone.utc).strftime("%z %Z"))
cases = [("2023-07-04 09:05:03", "%Y-%m-%d %H:%M:%S"), ("04/07/23", "%d/%m/%y"), ("4 July 2023", "%d %B %Y"), ("Tue Jul  4 09:05:03 2023", "%c"),
         ("9:05 PM", "%I:%M %p"), ("12:30 am", "%I:%M %p"), ("2023-185", "%Y-%j"), ("2023 27 2", "%Y %W %w"), ("2023 26 0", "%Y %U %w"),
         ("2023-W27-2", "%G-W%V-%u"), ("20230704T090503.5+0200", "%Y%m%dT%H%M%S.%f%z"), ("2023-07-04 09:05 -04:00", "%Y-%m-%d %H:%M %z"),
         ("2023-07-04Z", "%Y-%m-%d%z"), ("2023-07-04 UTC", "%Y-%m-%d %Z"), ("  2023", "%Y"), ("2023  7   4", "%Y %m %d"), ("jUl 4", "%b %d"),
         ("Monday", "%A"), ("69", "%y"), ("68", "%y"), ("2/29", "%m/%d"), ("10%", "%d%%"), ("2023-02-30", "%Y-%m-%d"), ("2023-07-04 extra", "%Y-%m-%d"),
         ("x2023", "%Y"), ("2023", "%Y %Q"), ("2023", "%Y%"), ("2023", "%G"), ("2023 5", "%Y %V"), ("1 2", "%V %u"), ("2023-07-04 09:05:03+05:3000", "%Y-%m-%d %H:%M:%S%z"),
         ("12:00:00+01:0030", "%H:%M:%S%z"), ("61", "%S"), ("1", "%f"), ("1234567", "%f")]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), repr(datetime.strptime(text, fmt)))
    except Exception as e:
        print(repr(text), repr(fmt), type(e).__name__, e)
for bad in [lambda: datetime.strptime(5, "%Y"), lambda: datetime.strptime("2023", 5), lambda: dt.strftime(None), lambda: format(dt, 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(f"{dt:%Y/%m/%d}", f"{dt}", "{0:%H}h".format(dt), f"{time(1, 2):%H-%M}", f"{time(1, 2)}")
