# A monitoring report over synthetic sensor readings: statistics (mean/fmean/median variants,
# mode/multimode, stdev/pstdev/variance, quantiles, correlation, linear_regression, NormalDist),
# exact rates with fractions.Fraction, math special functions (gamma, lgamma, erf, comb, perm,
# isqrt, fsum, prod, dist, hypot), heapq top-k and merge, bisect bucketing, and a maintenance
# calendar built with datetime/timedelta arithmetic, strftime, isocalendar and calendar.
import bisect
import calendar
import heapq
import itertools
import math
import random
import statistics
import sys
from collections import namedtuple
from datetime import date, datetime, time, timedelta, timezone
from fractions import Fraction

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

Reading = namedtuple("Reading", "sensor when value")


def generate(n, seed=7):
    rng = random.Random(seed)
    start = datetime(2024, 2, 26, 23, 30, tzinfo=timezone.utc)
    out = []
    for i in range(n):
        sensor = f"s{rng.randrange(5)}"
        when = start + timedelta(minutes=17 * i, seconds=rng.randrange(60))
        value = round(20 + 5 * math.sin(i / 9) + rng.gauss(0, 1.5), 2)
        out.append(Reading(sensor, when, value))
    return out


def grade(value, cuts=(15, 18, 21, 24, 27), labels="ABCDEF"):
    return labels[bisect.bisect_right(cuts, value)]


def main():
    readings = generate(300 * SCALE)
    values = [r.value for r in readings]
    print(f"n={len(values)} mean={statistics.mean(values):.4f} fmean={statistics.fmean(values):.4f}")
    print(f"median={statistics.median(values)} low={statistics.median_low(values)} "
          f"high={statistics.median_high(values)} grouped={statistics.median_grouped(values, 0.5):.4f}")
    print(f"stdev={statistics.stdev(values):.4f} pstdev={statistics.pstdev(values):.4f} "
          f"var={statistics.variance(values):.4f} pvar={statistics.pvariance(values):.4f}")
    print("quantiles:", [round(q, 3) for q in statistics.quantiles(values, n=4)],
          [round(q, 3) for q in statistics.quantiles(values, n=10, method="inclusive")][:4])
    print("geo/harm:", round(statistics.geometric_mean(values), 6), round(statistics.harmonic_mean(values), 6))
    rounded = [round(v) for v in values]
    print("mode:", statistics.mode(rounded), "multimode:", statistics.multimode("aabbbccdd"),
          statistics.multimode(rounded)[:3])
    xs = list(range(len(values)))
    slope, intercept = statistics.linear_regression(xs, values)
    print(f"trend slope={slope:.6f} intercept={intercept:.4f} "
          f"corr={statistics.correlation(xs, values):.6f} cov={statistics.covariance(xs, values):.4f}")
    nd = statistics.NormalDist.from_samples(values)
    print(f"normal: {nd.mean:.3f} {nd.stdev:.3f} cdf(25)={nd.cdf(25):.5f} p90={nd.inv_cdf(0.9):.4f} "
          f"overlap={nd.overlap(statistics.NormalDist(21, 2)):.5f} z(24)={nd.zscore(24):.4f}")
    print(statistics.NormalDist(0, 1) + 2, statistics.NormalDist(1, 2) * 3)
    try:
        statistics.mean([])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
    print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.median([3, 1, 2, 4]),
          statistics.mean([1, 2.5]), statistics.variance([Fraction(1), Fraction(2), Fraction(4)]))

    # per sensor, exact fractions of readings above 22
    by_sensor = {}
    for r in readings:
        by_sensor.setdefault(r.sensor, []).append(r.value)
    total = Fraction(0)
    for sensor in sorted(by_sensor):
        vals = by_sensor[sensor]
        hot = Fraction(sum(v > 22 for v in vals), len(vals))
        total += hot / len(by_sensor)
        print(f"  {sensor}: n={len(vals):3d} hot={hot!s:>7} ({float(hot):.3%}) "
              f"grades={''.join(sorted(set(map(grade, vals))))} max={max(vals)}")
    print("avg hot share:", total, total.limit_denominator(100), f"{float(total):.5f}",
          total.as_integer_ratio() == (total.numerator, total.denominator))
    f = Fraction("3.1415926535") - Fraction(22, 7)
    print(f, Fraction(0.1), Fraction(0.1).limit_denominator(1000), Fraction(-7, 3) // 2, Fraction(-7, 3) % 2,
          round(Fraction(5, 2)), round(Fraction(7, 3), 2), Fraction(1, 3) ** -2, Fraction(9, 4) ** 0.5)

    # top-k and merging sorted streams
    hottest = heapq.nlargest(5, readings, key=lambda r: (r.value, r.when))
    coldest = heapq.nsmallest(3, values)
    print("hottest:", [(r.sensor, r.value, r.when.strftime("%a %d %H:%M")) for r in hottest])
    print("coldest:", coldest)
    streams = [sorted(v) for v in by_sensor.values()]
    merged = list(heapq.merge(*streams))
    print("merged sorted:", merged == sorted(values), merged[:3], merged[-3:])
    heap = []
    for r in readings[:50]:
        if len(heap) < 4:
            heapq.heappush(heap, (r.value, r.sensor))
        else:
            heapq.heappushpop(heap, (r.value, r.sensor))
    print("top4 of first 50:", sorted(heap, reverse=True))
    print("merge reverse key:", list(heapq.merge([5, 3, 1], [4, 2], key=lambda x: -x)))

    # math specials
    print([round(math.gamma(x), 10) for x in (0.5, 1, 4.5, 10)], math.gamma(171) > 1e306)
    print([round(math.lgamma(x), 10) for x in (0.5, 3, 100, -0.5)], math.lgamma(1), math.lgamma(2))
    for bad in (0, -2):
        try:
            math.gamma(bad)
        except ValueError as e:
            print("gamma", bad, "ValueError:", e)
    try:
        math.gamma(200)
    except OverflowError as e:
        print("OverflowError:", e)
    print(round(math.gamma(-1.5), 12), math.erf(1), math.erfc(1), math.comb(30, 12), math.perm(10, 3), math.perm(5))
    print(math.isqrt(10**20 + 1), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 15)),
          math.dist((0, 0, 0), (1, 2, 2)), math.hypot(3, 4, 12), math.log2(1024), math.log(8, 2))
    print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fmod(-7, 3), math.remainder(7, 2),
          math.copysign(3, -0.0), math.isclose(1, 1 + 1e-10), math.nextafter(1, 2) - 1, math.ulp(1.0))

    # maintenance calendar
    first = readings[0].when
    last = readings[-1].when
    span = last - first
    print("span:", span, span.days, span.seconds, span.total_seconds(), span // timedelta(hours=1))
    print("first:", first.isoformat(), first.strftime("%Y-%m-%d %H:%M:%S %Z %z %j %U %W %p %I"))
    local = first.astimezone(timezone(timedelta(hours=5, minutes=30), "IST"))
    print("local:", local, local.tzname(), local.utcoffset(), local.strftime("%c"))
    print("iso:", first.isocalendar(), first.date().isoweekday(), date(2024, 12, 30).isocalendar())
    maint = date(2024, 1, 31)
    plan = []
    for i in range(6):
        month = (maint.month - 1 + i) % 12 + 1
        year = maint.year + (maint.month - 1 + i) // 12
        day = min(maint.day, calendar.monthrange(year, month)[1])
        d = date(year, month, day)
        while d.weekday() >= 5:
            d -= timedelta(days=1)
        plan.append(d)
    print("plan:", [d.strftime("%b %d (%a)") for d in plan])
    print("leap:", [y for y in range(1896, 1916) if calendar.isleap(y)], calendar.leapdays(1900, 2025))
    print(calendar.month(2024, 2), end="")
    cal = calendar.Calendar(firstweekday=6)
    weeks = cal.monthdatescalendar(2024, 3)
    print("march weeks:", len(weeks), weeks[0][0], weeks[-1][-1],
          [d.day for d in cal.itermonthdates(2024, 3) if d.month == 3][-3:])
    print(calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr)[:3],
          calendar.weekday(2024, 2, 29), calendar.timegm((2024, 2, 29, 12, 0, 0)))
    dt = datetime.combine(date(2024, 2, 29), time(23, 59, 59, 999999))
    print(dt + timedelta(microseconds=1), dt.replace(year=2028), dt - datetime(2024, 1, 1),
          datetime.strptime("2024-03-10 14:05", "%Y-%m-%d %H:%M").strftime("%A %B %d"))
    print(timedelta(days=-1, seconds=5), -timedelta(hours=25), timedelta(weeks=1) / 3, abs(timedelta(-2)),
          timedelta(minutes=90) * 1.5, divmod(timedelta(hours=50), timedelta(days=1)))

    # itertools recipes over readings
    pairs = list(itertools.pairwise(values[:6]))
    print("pairwise:", [round(b - a, 2) for a, b in pairs])
    runs = [(k, len(list(g))) for k, g in itertools.groupby(values[:40], key=lambda v: v > 20)]
    print("runs:", runs[:8])
    print("acc:", list(itertools.accumulate(values[:5], max)), list(itertools.accumulate([1, 2, 3], initial=10)))
    print("batched-like:", [list(itertools.islice(it, 3)) for it in [iter(range(8))] * 3])
    print("combos:", list(itertools.combinations("ABCD", 2))[:4], len(list(itertools.permutations(range(5), 3))),
          list(itertools.product("ab", repeat=2)), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
    print("compress:", list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])),
          list(itertools.filterfalse(lambda x: x % 3, range(10))), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))


main()
