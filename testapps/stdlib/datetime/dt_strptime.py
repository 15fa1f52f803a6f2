# datetime.strptime: the directives, the century and AM/PM rules, week numbers, offsets and errors.
from datetime import datetime, timezone, timedelta

cases = [
    ("2024-03-10 14:05:09", "%Y-%m-%d %H:%M:%S"),
    ("10/Mar/2024:02:05:09 PM +0530", "%d/%b/%Y:%I:%M:%S %p %z"),
    ("12 AM", "%I %p"), ("12 pm", "%I %p"), ("07", "%I"),
    ("68 69 00 99", "%y"), ("68", "%y"), ("69", "%y"),
    ("Sunday 10 March 24", "%A %d %B %y"), ("sun MAR 3", "%a %b %d"),
    ("060 2024", "%j %Y"), ("366 2024", "%j %Y"), ("1", "%j"),
    ("10 0 2024", "%U %w %Y"), ("10 1 2024", "%W %u %Y"), ("00 3 2023", "%U %w %Y"), ("0 Mon 2023", "%W %a %Y"),
    ("2024 10 7", "%G %V %u"), ("2020 53 5", "%G %V %u"), ("2024 53 1", "%G %V %u"), ("2025 1 Mon", "%G %V %a"),
    ("14:05:09.5", "%H:%M:%S.%f"), ("14:05:09.000123", "%H:%M:%S.%f"),
    ("2024 +0100", "%Y %z"), ("2024 -05:30", "%Y %z"), ("2024 Z", "%Y %z"), ("2024 +01:02:03.5", "%Y %z"),
    ("2024 UTC", "%Y %Z"), ("2024 gmt", "%Y %Z"), ("2024 +0000 UTC", "%Y %z %Z"),
    ("Sun Mar 10 14:05:09 2024", "%c"), ("03/10/24 14:05:09", "%x %X"),
    ("2024-03-10T14:05", "%Y-%m-%dT%H:%M"), ("  2024", " %Y"), ("2024   3", "%Y %m"),
    ("100%", "100%%"), ("a.b(c)", "a.b(c)"), ("29 02", "%d %m"), ("29 02 2024", "%d %m %Y"),
    # errors
    ("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2023 29 02", "%Y %d %m"), ("2024x", "%Y"),
    ("2024", "%Y %m"), ("2024", "%Q"), ("2024", "%Y%"), ("x", "% "), ("2024 10", "%Y %V"), ("2024 10", "%G %V"),
    ("10 1", "%V %u"), ("2024 1 1 1", "%G %V %u %j"), ("2024 +05:3000", "%Y %z"), ("2024 z", "%Y %z"),
    ("24:00", "%H:%M"), ("", "%Y"), ("abc", "abd"),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), repr(datetime.strptime(text, fmt)))
    except Exception as e:
        print(repr(text), repr(fmt), type(e).__name__, e)

d = datetime.strptime("2024-06-01 12:00 +0200", "%Y-%m-%d %H:%M %z")
print(d, d.tzinfo, d.utcoffset(), d.tzname(), d.astimezone(timezone.utc))
named = datetime.strptime("2024 +0000 UTC", "%Y %z %Z")
print(repr(named.tzinfo), named.tzname(), named.tzinfo == timezone.utc)
for bad in [lambda: datetime.strptime(2024, "%Y"), lambda: datetime.strptime("2024", None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# round trips through strftime
base = datetime(2023, 12, 31, 23, 59, 58, 7, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
for fmt in ["%Y-%m-%dT%H:%M:%S.%f%z", "%a %d %b %Y %I:%M:%S %p", "%j/%Y %H", "%G-W%V-%u %H:%M", "%U %w %Y", "%W %u %Y"]:
    text = base.strftime(fmt)
    print(fmt, "->", text, "->", datetime.strptime(text, fmt))
