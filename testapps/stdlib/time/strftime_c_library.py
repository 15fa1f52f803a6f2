# time.strftime as glibc formats in the C locale: flags (_ - 0 ^ #), widths, the E and O modifiers,
# unknown directives copied as written, %z/%Z from struct_time fields or daylight saving, ISO weeks
# from the year day and weekday given, CPython's checks of the tuple and its empty result for huge widths.
# The local zone's name (time.tzname, what %Z gives without tm_zone) is shown as <tzname>.
import time, datetime


def shown(text):
    return text.replace(time.tzname[0], "<tzname>") if isinstance(text, str) and time.tzname[0] else text

t = (1999, 3, 7, 14, 5, 9, 6, 66, 0)
d = datetime.datetime(1999, 3, 7, 14, 5, 9, 123)
for c in "aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYzZ+%":
    for m in ("E", "O"):
        f = "%" + m + c
        try:
            a = time.strftime(f, t)
        except Exception as e:
            a = type(e).__name__
        try:
            b = d.strftime(f)
        except Exception as e:
            b = type(e).__name__
        print(repr(f), repr(shown(a)), repr(shown(b)))
for f in ["%", "a%", "%E", "%O", "%5d", "%-d", "%_d", "%0d", "%^a", "%#a", "%Q", "%q", "%L", "%f", "%:z", "%i"]:
    try:
        a = time.strftime(f, t)
    except Exception as e:
        a = type(e).__name__ + str(e)
    try:
        b = d.strftime(f)
    except Exception as e:
        b = type(e).__name__ + str(e)
    print(repr(f), repr(shown(a)), repr(shown(b)))
base = [1999, 3, 7, 14, 5, 9, 6, 66, 0]
cases = []
for idx, vals in enumerate([[-5, 0, 1, 99999, 2**31, -2**31+1899, -2**31+1900, 2**31-1, 2**40],
                            [-1, 0, 1, 12, 13], [-1, 0, 1, 31, 32], [-1, 0, 23, 24], [-1, 0, 59, 60],
                            [-1, 0, 59, 60, 61, 62], [-2, -1, 0, 6, 7, 8, 100], [-1, 0, 1, 366, 367], [-5, -2, -1, 0, 1, 2, 5]]):
    for v in vals:
        t = list(base); t[idx] = v
        cases.append(tuple(t))
for t in cases:
    try:
        r = time.strftime("%Y %m %d %H %M %S %a %j %Z %z %G %V %u %C %y", t)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(t, repr(shown(r)))
for bad in [(1.5,) + tuple(base[1:]), tuple(base[:8]), tuple(base) + (0,), "x", None, [1999, 3, 7, 14, 5, 9, 6, 66, 0]]:
    try:
        r = time.strftime("%Y", bad)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(bad), repr(r))
for f in ["a\0b", "%", "%%", "%5z", "%-z", "%_z", "%010z", "%^z", "%3Z", "%-3Z", "%05Z", "%10c", "%-10c", "%010c", "%^c", "%#c", "%^x", "%E%", "%O%", "%^q", "%#b", "%#Eb", "%#EB", "%#B", "%^#p", "%#^P", "%^P", "%10n", "%010t", "%-k", "%0k", "%_H", "%-j", "%4j", "%_3y", "%-C", "%3C", "%Ej", "%OY", "%OC", "%EC", "%Oj", "%Ez", "%10%", "%_10%", "%010%", "%1000000000000Y", "%99999999999999999999Y"]:
    for t in [tuple(base), time.struct_time(base), time.gmtime(0)]:
        try:
            r = time.strftime(f, t)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(f), repr(shown(r[:80])), len(r))
lt = time.struct_time(base[:8] + [1])
print(time.strftime("%Z|%z", lt) == time.tzname[1] + "|+0000")
st = time.struct_time(tuple(base) + ("ABC", 3600 * 5 + 1800))
print(repr(time.strftime("%Z|%z|%-z", st)), time.strftime("%s|%10s|%-s", st) == "{0}|{0:>10}|{0}".format(int(time.mktime(st))))
st = time.struct_time(tuple(base) + ("", -3600 * 5 - 1799))
print(repr(shown(time.strftime("%Z|%z", st))))
for isdst in (-2, -1, 0, 1, 2, 5):
    t = list(base); t[8] = isdst
    print(isdst, repr(shown(time.strftime("%Z|%z", tuple(t)))))
for y, yd, wd in [(2021, 0, 4), (2021, 2, 6), (2020, 365, 3), (2019, 364, 1), (2016, 0, 4), (2015, 364, 3), (2010, 0, 4), (0, 0, 5), (-1, 0, 4), (1, 0, 0)]:
    t = (y, 1, 1, 0, 0, 0, wd, yd + 1, 0)
    print(t, time.strftime("%G %g %V %U %W %u %w %C %y %Y", t))
# CPython formats with wcsftime: widths count characters, not UTF-8 bytes, for a non-ASCII zone or directive.
t = time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 0, 'éé', 3600))
for f in ['%10Z', '%-10Z', '%010Z', '%^10Z', '%#Z', '%#10Z', '%10é', '%^é', '%3é|', 'é%5a', '%10Eé']:
    print(repr(f), repr(time.strftime(f, t)))
