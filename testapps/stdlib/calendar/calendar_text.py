import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2010, 2000), calendar.leapdays(-100, 100))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(0, 3, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1900, 2), calendar.monthrange(2021, 12))
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.args, isinstance(e, ValueError))
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_name), calendar.month_name[1:4], calendar.day_abbr[-1])
try:
    calendar.month_name[13]
except IndexError as e:
    print(type(e).__name__, e)
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9), "|", calendar.weekheader(1))
print(calendar.month(2024, 2))
print(repr(calendar.month(2023, 10, 3, 2)))
calendar.prmonth(1999, 12)
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 2, 4))
calendar.prcal(2021, m=2)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 9))
print(calendar.monthcalendar(2024, 9))
print(calendar.weekheader(3))
calendar.setfirstweekday(0)
for bad in (7, -1):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e)
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.week([(1, 0), (2, 1), (0, 2)], 3) + "|")
print(calendar.formatstring(["a", "b"], 5, 2) + "|")
calendar.format(["x", "yy"])
print(calendar.error is ValueError, calendar.mdays, calendar.EPOCH)
