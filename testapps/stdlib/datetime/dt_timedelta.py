from datetime import timedelta

cases = [timedelta(), timedelta(1), timedelta(days=-1), timedelta(seconds=-1), timedelta(hours=25, minutes=61),
         timedelta(weeks=2, days=-3, microseconds=1500000), timedelta(milliseconds=1.5), timedelta(days=0.5, seconds=0.25),
         timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=-0.5), timedelta(minutes=-0.0001),
         timedelta(days=1, seconds=86399, microseconds=999999), timedelta(days=999999999), timedelta(seconds=1e-7)]
for td in cases:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a, b = timedelta(hours=5), timedelta(minutes=90)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 3 * b, a * 0.5, a / 2, a / 7, a / b, a // b, a % b, divmod(a, b))
print(a // 7, a / 0.3, b * 1.1, a == timedelta(seconds=18000), a != b, a > b, a <= b, sorted([a, b, timedelta(0)]))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max), timedelta(hours=1) == 3600, hash(timedelta(1)) == hash(timedelta(hours=24)))
print({timedelta(1): "day", timedelta(hours=24): "same"}, timedelta(1) in {timedelta(seconds=86400)})
for bad in [lambda: timedelta(days="1"), lambda: timedelta(seconds=[]), lambda: timedelta(days=1e10), lambda: timedelta(days=10**9),
            lambda: timedelta.max + timedelta(1), lambda: a / 0, lambda: a // 0, lambda: a % timedelta(0), lambda: timedelta(float("nan")), lambda: timedelta(days=float("inf")), lambda: a / timedelta(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(a == 5, a != "x", timedelta(microseconds=-1), timedelta(days=-2, hours=3), str(timedelta(days=-1, microseconds=1)))
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()), timedelta(seconds=7.123456789), timedelta(0, 0, 1, 1, 1, 1, 1))
