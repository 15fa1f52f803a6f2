import time

g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g.tm_isdst, g[0], g[:3], len(g))
print(tuple(g))
year, month, day, hour, minute, second, wday, yday, dst = time.gmtime(1700000000)
print(year, month, day, hour, minute, second, wday, yday, dst)
print(time.gmtime(951782400))
print(time.gmtime(1e9), time.gmtime(1e9 + 0.9).tm_sec)
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1700000000)))
print(time.gmtime(0) == time.gmtime(0), time.gmtime(0) < time.gmtime(1))
print(time.gmtime().tm_year >= 2024)
print(type(time.gmtime(0)).__name__)
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError", e)
