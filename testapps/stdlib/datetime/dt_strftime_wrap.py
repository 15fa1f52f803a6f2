# datetime's strftime as CPython's wrap_strftime: %z, %Z (a '%' in the name doubled) and %f right after
# a '%' come from the object (its tzinfo asked directly, lazily, once), the format ends at a NUL, the
# rest is time.strftime's (flags, widths, modifiers; a flagged %Z/%z without tm_zone as the C library
# has it: from the daylight-saving flag of timetuple()).
import datetime
import time
d = datetime.datetime(2001, 2, 3, 4, 5, 6, 7)
print(repr(d.strftime('a\0b%Y')), repr(d.strftime('%')), repr(d.strftime('x%')), repr(d.strftime('%%z')), repr(d.strftime('%-z|%-Z|%Ez|%#Z|%-f|%^a|%10f')))
class Z(datetime.tzinfo):
    def utcoffset(self, dt): return datetime.timedelta(hours=-3, seconds=-7)
    def dst(self, dt): return datetime.timedelta(0)
    def tzname(self, dt): return 'A%Yb'
a = d.replace(tzinfo=Z())
# A flagged %Z is the C library's: the local zone's name (time.tzname[0]) for a known daylight flag.
print(repr(a.strftime('%z|%Z|%-z|%-Z|%^Z').replace(time.tzname[0].upper(), '<TZ>').replace(time.tzname[0], '<tz>')))
print(repr(datetime.time(1, 2, 3, 4, tzinfo=Z()).strftime('%z|%Z|%-Z|%a|%j|%G-%V|%f|%c')))
print(repr(datetime.date(5, 1, 1).strftime('%Y|%C|%y|%G|%c|%x|%f|%z|%Z')))
class Loud(datetime.tzinfo):
    def utcoffset(self, dt):
        print("utcoffset", type(dt).__name__)
        return datetime.timedelta(minutes=90)
    def dst(self, dt):
        print("dst", type(dt).__name__)
        return None
    def tzname(self, dt):
        print("tzname", type(dt).__name__)
        return "L"
b = d.replace(tzinfo=Loud())
print(repr(b.strftime('%Y')))
print(repr(b.strftime('%z %z %Z %Z')))
print(repr(datetime.time(5, tzinfo=Loud()).strftime('%Z%z')))
class Sub(datetime.datetime):
    def utcoffset(self):
        return datetime.timedelta(hours=9)
    def timetuple(self):
        print("timetuple")
        return super().timetuple()
s = Sub(2020, 5, 6, tzinfo=Loud())
print(repr(s.strftime('%z|%d')))
for fmt in ['%-d/%-m/%Y', '%_d|%e|%-e', '%^B %#b', '%I:%M %p|%-I%P', '%Ey|%Oy|%EY|%OB', '%5d|%-5d|%_5d|%05d', '%k|%l|%10A|%-10a']:
    print(fmt, repr(datetime.datetime(1999, 12, 31, 23, 59, 58).strftime(fmt)), repr(datetime.date(2024, 2, 29).strftime(fmt)))
for y in (1, 99, 999, 1000, 9999):
    print(y, datetime.date(y, 12, 31).strftime('%Y %C %y %G %g %V %U %W %j %a %u %w'))
