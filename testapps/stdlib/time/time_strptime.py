# time.strptime: the struct_time fields CPython's _strptime gives, its defaults, and its errors.
import time
from time import strptime as parse


def show(text, *fmt):
    try:
        t = time.strptime(text, *fmt)
    except (ValueError, TypeError) as e:
        print(repr(text), fmt, "->", type(e).__name__, e)
        return
    print(repr(text), fmt, "->", tuple(t), t.tm_zone, t.tm_gmtoff)


show("Thu Nov 21 10:00:00 2024")
show("2024-03-10 14:05", "%Y-%m-%d %H:%M")
show("10/03/24", "%d/%m/%y")
show("01/02/69", "%d/%m/%y")
show("1 PM", "%I %p")
show("12 am", "%I %p")
show("12 PM", "%I %p")
show("29 Feb", "%d %b")
show("Mon 2024-01-03", "%a %Y-%m-%d")
show("2024 060", "%Y %j")
show("2023 366", "%Y %j")
show("2024 5 3", "%Y %U %w")
show("2024 0 0", "%Y %W %w")
show("2024 10 1", "%G %V %u")
show("2020 53 7", "%G %V %u")
show("2024-01-03 +0130 UTC", "%Y-%m-%d %z %Z")
show("2024-01-03 -05:30:15", "%Y-%m-%d %z")
show("2024-01-03 Z", "%Y-%m-%d %z")
show("2024-01-03 GMT", "%Y-%m-%d %Z")
show("12:30:45.250", "%H:%M:%S.%f")
show("December 25 2024", "%B %d %Y")
show("  2024   7", "%Y %m")
show("100%", "100%%")
show("Tue, 05 Mar 2024", "%a, %d %b %Y")
show("Tue Mar  5 13:30:00 2024", "%c")
show("03/05/24", "%x")
show("13:30:00", "%X")
# Errors: as CPython's messages.
show("2024-02-30", "%Y-%m-%d")
show("2024x", "%Y")
show("x", "%Y")
show("2024", "%Y%Q")
show("2024", "%Y %")
show("2024 10", "%G %V")
show("2024 10 1", "%Y %V %u")
show("2024 060 10 1", "%G %j %V %u")
show(2024, "%Y")
show("2024", 5)
for call in (lambda: time.strptime(), lambda: time.strptime("a", "b", "c"), lambda: time.strptime("x", format="%Y")):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(parse("2024", "%Y").tm_year, getattr(time, "strptime")("7", "%m").tm_mon)
# struct_time takes 9 to 11 fields.
for n in (8, 9, 10, 11, 12):
    try:
        t = time.struct_time(tuple(range(1, n + 1)))
        print(n, t, t.tm_zone, t.tm_gmtoff, len(t))
    except TypeError as e:
        print(n, "TypeError", e)
# ISO weeks at the years' edges: the day of the year counts from the ISO year's January 1st.
for text in ("2020 53 7", "2021 1 1", "2019 1 1", "2026 1 1", "2027 53 5", "2015 53 4"):
    show(text, "%G %V %u")
