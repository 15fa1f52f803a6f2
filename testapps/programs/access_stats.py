# A log analyser: parse access-log lines with re, bucket them with Counter/defaultdict and
# itertools.groupby, compute durations with datetime/timedelta, report with strftime.
import itertools
import re
import statistics
from collections import Counter, defaultdict, deque, namedtuple
from datetime import date, datetime, time, timedelta, timezone

LINE = re.compile(r'(?P<ip>\d+(?:\.\d+){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-) (?P<ms>\d+)ms')
Hit = namedtuple("Hit", "ip user when method path status size ms")

PATHS = ["/", "/login", "/api/items", "/api/items/42", "/static/app.js", "/admin", "/api/orders"]
METHODS = ["GET", "GET", "GET", "POST", "DELETE"]


def generate():
    start = datetime(2024, 2, 28, 22, 50, 0, tzinfo=timezone(timedelta(hours=-5)))
    lines = []
    seed = 12345
    for i in range(240):
        seed = (seed * 1103515245 + 12345) % 2**31
        when = start + timedelta(seconds=seed % 97 + i * 37)
        ip = f"10.0.{seed % 4}.{(seed >> 8) % 20}"
        path = PATHS[(seed >> 3) % len(PATHS)]
        method = METHODS[(seed >> 5) % len(METHODS)]
        status = [200, 200, 200, 304, 404, 500, 201][(seed >> 7) % 7]
        size = "-" if status == 304 else str((seed >> 4) % 50000)
        user = "-" if seed % 3 else f"user{seed % 5}"
        ms = (seed >> 9) % 900 + 3
        lines.append(f'{ip} - {user} [{when.strftime("%d/%b/%Y:%H:%M:%S %z")}] "{method} {path} HTTP/1.1" {status} {size} {ms}ms')
    lines.insert(17, "garbage line")
    lines.insert(99, '10.0.0.1 - - [bad date] "GET / HTTP/1.1" 200 1 1ms')
    return lines


def parse(lines):
    hits, bad = [], Counter()
    for n, line in enumerate(lines, 1):
        m = LINE.match(line)
        if not m:
            bad["unparsable"] += 1
            continue
        try:
            when = datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z")
        except ValueError as e:
            bad[str(e)] += 1
            continue
        size = 0 if m["size"] == "-" else int(m["size"])
        hits.append(Hit(m["ip"], m["user"], when, m["method"], m["path"], int(m["status"]), size, int(m["ms"])))
    return hits, bad


def main():
    hits, bad = parse(generate())
    print(f"parsed {len(hits)} hits, rejected {sum(bad.values())}")
    for reason, n in sorted(bad.items()):
        print(f"  {n} x {reason}")
    status = Counter(h.status for h in hits)
    print("status:", status.most_common())
    print("classes:", sorted(Counter(f"{s // 100}xx" for s in status.elements()).items()))
    per_path = defaultdict(list)
    for h in hits:
        per_path[h.path].append(h.ms)
    print(f"{'path':<16}{'n':>4}{'mean':>9}{'median':>8}{'p90':>6}{'max':>5}")
    for path, ms in sorted(per_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        p90 = statistics.quantiles(ms, n=10)[-1] if len(ms) > 1 else ms[0]
        print(f"{path:<16}{len(ms):>4}{statistics.mean(ms):>9.2f}{statistics.median(ms):>8}{p90:>6.0f}{max(ms):>5}")
    utc = [h._replace(when=h.when.astimezone(timezone.utc)) for h in hits]
    for day, group in itertools.groupby(utc, key=lambda h: h.when.date()):
        group = list(group)
        print(day.isoformat(), day.strftime("%A %j"), len(group), "hits",
              f"{group[0].when:%H:%M:%S}..{group[-1].when:%H:%M:%S}")
    by_hour = Counter(h.when.replace(minute=0, second=0) for h in hits)
    busiest, count = max(by_hour.items(), key=lambda kv: (kv[1], kv[0]))
    print("busiest hour:", busiest.isoformat(), count, busiest.strftime("%I %p %Z"), busiest.tzname(), busiest.utcoffset())
    span = hits[-1].when - hits[0].when
    print("span:", span, span.total_seconds(), span // timedelta(minutes=1), span % timedelta(hours=1))
    print("avg gap:", span / (len(hits) - 1), "days:", span.days, "secs:", span.seconds)
    users = defaultdict(Counter)
    for h in hits:
        if h.user != "-":
            users[h.user][h.method] += 1
    for user in sorted(users):
        c = users[user]
        print(f"{user}: {dict(sorted(c.items()))} total={c.total()}")
    merged = sum(users.values(), Counter())
    print("merged:", merged, "+", +Counter(a=2, b=-1), "-", Counter(a=3) - Counter(a=1, b=2), "&", Counter(a=3, b=1) & Counter(a=1, b=2), "|", Counter(a=3) | Counter(b=2))
    window = deque(maxlen=5)
    spikes = []
    for h in hits:
        window.append(h.ms)
        if len(window) == window.maxlen and sum(window) / len(window) > 600:
            spikes.append(h.when.strftime("%H:%M"))
    print("spikes:", spikes[:8], len(spikes))
    errors = [h for h in hits if h.status >= 500]
    for ip, group in itertools.groupby(sorted(errors, key=lambda h: h.ip), key=lambda h: h.ip):
        g = list(group)
        print(f"{ip:>12} {len(g)} errors, first {min(x.when for x in g):%Y-%m-%dT%H:%M%z}")
    total = sum(h.size for h in hits)
    print(f"bytes: {total:,} ({total / 2**20:.2f} MiB)")
    d = date(2024, 2, 28)
    print(d + timedelta(days=1), d + timedelta(days=2), date(2023, 2, 28) + timedelta(days=1), d.isocalendar(), d.weekday(), d.toordinal())
    print(datetime.combine(d, time(23, 59, 59, 999999)) + timedelta(microseconds=1))
    print(repr(timedelta(days=-1, seconds=5)), str(timedelta(days=-1, seconds=5)), timedelta(hours=-3), abs(timedelta(hours=-3)))
    print(datetime(2024, 3, 10, 1, 30).strftime("%a %b %d %y %H %M %S %f %w %U %W %%"), datetime.fromisoformat("2024-03-10T01:30:00+02:00"))
    print(list(itertools.accumulate(sorted(status.values()))), list(itertools.pairwise("abcd")), list(itertools.islice(itertools.cycle("xy"), 5)))


main()
