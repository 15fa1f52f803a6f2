"""Sprint time ledger: parse time logs, roll up by week, split costs exactly, print a calendar."""
import calendar
import csv
import io
import re
import statistics
import textwrap
from collections import Counter, defaultdict, namedtuple
from datetime import date, datetime, time, timedelta, timezone
from fractions import Fraction
from heapq import nlargest, merge
from bisect import bisect_left, insort

LOG = """\
when,who,task,hours,note
2024-02-26T09:15:00+01:00,ana,API-12,2.5,"design review, part 1"
2024-02-26T14:00:00+01:00,bo,API-13,3,
2024-02-27T10:30:00+01:00,ana,API-12,1.25,"follow-up ""quick"" fix"
2024-02-28T08:00:00-05:00,cy,OPS-4,4,night shift
2024-02-29T16:45:00+00:00,bo,API-13,0.75,leap day
2024-03-01T09:00:00+01:00,ana,OPS-4,6,
2024-03-04T11:00:00+01:00,cy,API-12,2,
2024-03-05T13:30:00+01:00,bo,OPS-5,5.5,"long
multi-line note"
2024-03-06T09:00:00+01:00,ana,API-14,3.25,
"""

Entry = namedtuple("Entry", "when who task hours note")
TASK = re.compile(r"(?P<proj>[A-Z]+)-(?P<num>\d+)")
RATE = {"ana": Fraction(95), "bo": Fraction(170, 2), "cy": Fraction(1201, 12)}


def parse(text):
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        when = datetime.fromisoformat(rec["when"])
        rows.append(Entry(when, rec["who"], rec["task"], Fraction(rec["hours"]), rec["note"] or None))
    return rows


def week_of(d):
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def main():
    rows = parse(LOG)
    print(len(rows), "entries;", rows[0].when.tzinfo, rows[3].when.utcoffset(), rows[4].when.tzname())
    utc = [r.when.astimezone(timezone.utc) for r in rows]
    print(min(utc).isoformat(), max(utc) - min(utc), (max(utc) - min(utc)).total_seconds())
    by_week = defaultdict(Fraction)
    for r in rows:
        by_week[week_of(r.when.date())] += r.hours
    for wk, h in sorted(by_week.items()):
        print(f"{wk}: {float(h):6.2f}h  ({h})")
    per_person = Counter()
    for r in rows:
        per_person[r.who] += r.hours
    print(per_person.most_common(2), sum(per_person.values()))
    cost = {who: h * RATE[who] for who, h in per_person.items()}
    total = sum(cost.values())
    for who, c in sorted(cost.items()):
        share = c / total
        print(f"{who:>4} {c!s:>10} = {float(c):9.3f}  share {share.numerator}/{share.denominator} ~ {share:.4%}"
              if False else f"{who:>4} {str(c):>10} = {float(c):9.3f}  share {share.numerator}/{share.denominator} ~ {float(share):.4%}")
    print(Fraction(1, 3) + Fraction(1, 6), Fraction("3.1415").limit_denominator(100), Fraction(7, 2).__round__(), round(Fraction(5, 2)))
    print(Fraction(2, 3) ** 2, Fraction(-7, 3) // 2, Fraction(-7, 3) % 2, Fraction(1.1).limit_denominator(10))
    projects = Counter(TASK.match(r.task)["proj"] for r in rows)
    print(dict(projects), sorted({int(TASK.match(r.task).group("num")) for r in rows}))
    hours = [float(r.hours) for r in rows]
    print(statistics.mean(hours), statistics.median(hours), statistics.mode([r.who for r in rows]))
    print(round(statistics.stdev(hours), 6), round(statistics.pvariance(hours), 6), statistics.quantiles(hours, n=4))
    print(statistics.median_low(hours), statistics.median_high(hours), statistics.harmonic_mean([2, 4, 4]))
    print(statistics.fmean(hours), statistics.geometric_mean([1, 2, 4]))
    print(nlargest(3, rows, key=lambda r: r.hours)[0].note)
    print(list(merge([1, 4, 9], [2, 3, 10], [0])))
    marks = []
    for r in rows:
        insort(marks, r.when.date())
    cutoff = date(2024, 3, 1)
    print("before March:", bisect_left(marks, cutoff), marks[-1] - marks[0], (cutoff - timedelta(days=1)).day)
    start = datetime.combine(date(2024, 2, 26), time(9, 0))
    slots = [start + timedelta(hours=4 * i) for i in range(5)]
    print([s.strftime("%a %H:%M") for s in slots], slots[-1].isoformat(timespec="minutes"))
    print(date(2024, 2, 29).replace(year=2025) if False else date(2024, 2, 28).replace(year=2025), date.fromordinal(738000), date(2024, 3, 1).toordinal())
    print(datetime(2024, 3, 5, 13, 30).strftime("%j %U %W %p %I %y %B %b %A"), date(2024, 1, 1).weekday(), date(2024, 1, 1).isoweekday())
    print(timedelta(days=1, seconds=-1), timedelta(hours=-3), timedelta(minutes=90) / timedelta(hours=1), timedelta(weeks=1) // 3)
    print(datetime.strptime("05/03/24 13:30", "%d/%m/%y %H:%M"), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))))
    try:
        datetime.strptime("2024-13-01", "%Y-%m-%d")
    except ValueError as e:
        print("ValueError:", e)
    try:
        date(2023, 2, 29)
    except ValueError as e:
        print("ValueError:", e)
    cal = calendar.TextCalendar(calendar.MONDAY)
    print(cal.formatmonth(2024, 2), end="")
    print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.day_abbr[0], calendar.month_name[3])
    print(calendar.weekday(2024, 2, 29), list(calendar.Calendar(6).iterweekdays()), calendar.timegm((2024, 2, 29, 0, 0, 0)))
    notes = [r.note for r in rows if r.note]
    print(textwrap.fill("; ".join(n.replace("\n", " ") for n in notes), width=40, initial_indent="> ", subsequent_indent="  "))
    print(textwrap.shorten("many words here to shorten nicely", width=20, placeholder=" [...]"))
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writerow(["who", "hours", "cost"])
    for who in sorted(cost):
        w.writerow([who, float(per_person[who]), round(float(cost[who]), 2)])
    print(out.getvalue(), end="")
    print(list(csv.reader(['a;"b;c";d'], delimiter=";")))


main()
