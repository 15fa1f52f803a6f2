# A log analyzer: synthetic access and application logs parsed with re and datetime.strptime,
# aggregated with collections/statistics/heapq, bucketed by time, written as JSON and CSV reports
# into a temporary folder, compressed with gzip, and read back. Deterministic (seeded random).
import bisect
import csv
import gzip
import heapq
import io
import json
import os
import random
import re
import statistics
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

ACCESS = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-) '
    r'(?P<ms>\d+)ms')
APP = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:,]+) \[(?P<level>\w+)\s*\] (?P<logger>[\w.]+): (?P<msg>.*)$")
STATUS_NAMES = {200: "OK", 201: "Created", 301: "Moved", 304: "Not Modified", 404: "Not Found", 500: "Server Error", 503: "Unavailable"}


def generate(rng, count):
    start = datetime(2024, 2, 28, 23, 50, tzinfo=timezone(timedelta(hours=1)))
    paths = ["/", "/login", "/api/items", "/api/items/17", "/static/app.js", "/static/app.css", "/admin", "/search?q=x"]
    users = ["-", "alice", "bob", "carol"]
    access, app = [], []
    t = start
    for i in range(count):
        t += timedelta(seconds=rng.randint(1, 40), milliseconds=rng.randint(0, 999))
        status = rng.choices([200, 201, 301, 304, 404, 500, 503], weights=[60, 5, 5, 10, 12, 5, 3])[0]
        size = "-" if status in (301, 304) else str(rng.randint(100, 50000))
        ip = f"10.{rng.randint(0, 3)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        access.append(f'{ip} - {rng.choice(users)} [{t.strftime("%d/%b/%Y:%H:%M:%S %z")}] '
                      f'"{rng.choice(["GET", "GET", "GET", "POST", "PUT"])} {rng.choice(paths)} HTTP/1.1" '
                      f'{status} {size} {rng.randint(1, 900)}ms')
        if i % 3 == 0:
            level = rng.choice(["DEBUG", "INFO", "INFO", "WARNING", "ERROR"])
            stamp = t.strftime("%Y-%m-%d %H:%M:%S") + f",{t.microsecond // 1000:03d}"
            app.append(f"{stamp} [{level:<7}] app.{rng.choice(['db', 'web', 'auth'])}: "
                       f"request {i} took {rng.uniform(0.5, 99.5):.2f}ms")
    app.append("this line is garbage")
    access.append('bad line "without" the format')
    return access, app


def parse_access(lines):
    records, bad = [], 0
    for line in lines:
        m = ACCESS.match(line)
        if not m:
            bad += 1
            continue
        rec = m.groupdict()
        rec["when"] = datetime.strptime(rec["when"], "%d/%b/%Y:%H:%M:%S %z")
        rec["status"] = int(rec["status"])
        rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
        rec["ms"] = int(rec["ms"])
        records.append(rec)
    return records, bad


def percentile(sorted_values, p):
    if not sorted_values:
        return 0
    k = (len(sorted_values) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def analyze(records):
    status = Counter(r["status"] for r in records)
    print("status:", ", ".join(f"{code} {STATUS_NAMES[code]}={n}" for code, n in sorted(status.items())))
    times = sorted(r["ms"] for r in records)
    print(f"latency: mean={statistics.mean(times):.1f} median={statistics.median(times)} "
          f"stdev={statistics.pstdev(times):.2f} p95={percentile(times, 95):.1f} p99={percentile(times, 99):.1f}")
    print("quantiles:", [round(q, 1) for q in statistics.quantiles(times, n=4)])
    by_path = defaultdict(list)
    for r in records:
        by_path[r["path"].split("?")[0]].append(r["ms"])
    print(f"{'path':<16}{'hits':>6}{'avg':>8}{'max':>6}")
    for path, values in sorted(by_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"{path:<16}{len(values):>6}{sum(values) / len(values):>8.1f}{max(values):>6}")
    slow = heapq.nlargest(3, records, key=lambda r: (r["ms"], r["path"]))
    print("slowest:", [(r["path"], r["ms"]) for r in slow])
    small = heapq.nsmallest(2, (r["size"] for r in records if r["size"]))
    print("smallest sizes:", small)
    users = Counter(r["user"] for r in records if r["user"] != "-")
    print("users:", users.most_common())
    subnets = Counter(".".join(r["ip"].split(".")[:2]) for r in records)
    print("subnets:", sorted(subnets.items()))
    first, last = records[0]["when"], records[-1]["when"]
    print("span:", first.isoformat(), "->", last.isoformat(), last - first)
    print("utc:", first.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S %Z"), first.strftime("%a %j %U %p %I"))
    buckets = Counter(r["when"].replace(minute=r["when"].minute // 15 * 15, second=0, microsecond=0) for r in records)
    for when, n in sorted(buckets.items())[:4]:
        print(f"  {when:%H:%M} {'#' * (n // 2)} {n}")
    edges = [100, 250, 500, 750]
    hist = Counter(bisect.bisect(edges, ms) for ms in times)
    labels = ["<100", "100-250", "250-500", "500-750", ">=750"]
    print("histogram:", {labels[k]: hist[k] for k in range(len(labels))})
    errors = [r for r in records if r["status"] >= 500]
    by_day = Counter(r["when"].date() for r in errors)
    print("errors by day:", {d.isoformat(): n for d, n in sorted(by_day.items())})
    return {"total": len(records), "status": {str(k): v for k, v in sorted(status.items())},
            "p95": round(percentile(times, 95), 2), "users": dict(users),
            "first": first.isoformat(), "bytes": sum(r["size"] for r in records)}


def parse_app(lines):
    levels = Counter()
    slowest = (0.0, "")
    loggers = defaultdict(Counter)
    durations = []
    for line in lines:
        m = APP.match(line)
        if not m:
            print("unparsed app line:", line)
            continue
        levels[m["level"]] += 1
        loggers[m["logger"]][m["level"]] += 1
        took = re.search(r"took ([\d.]+)ms", m["msg"])
        if took:
            d = float(took.group(1))
            durations.append(d)
            slowest = max(slowest, (d, m["msg"]))
        when = datetime.strptime(f"{m['date']} {m['time']}", "%Y-%m-%d %H:%M:%S,%f")
    print("levels:", dict(sorted(levels.items())))
    for name in sorted(loggers):
        print(f"  {name}: {dict(sorted(loggers[name].items()))}")
    print(f"app durations: n={len(durations)} fmean={statistics.fmean(durations):.3f} max={slowest[0]}")
    print("last app time:", when.strftime("%H:%M:%S.%f"), when.microsecond)
    print("redacted:", re.sub(r"\d+(?:\.\d+)?ms", "<t>", lines[0]).split("] ")[1])
    print("split fields:", re.split(r"[\s,\[\]]+", lines[1])[:6])
    print("findall:", re.findall(r"request (\d+)", "\n".join(lines[:5])))


def write_reports(summary, records):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True))
        with open(out / "requests.csv", "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["when", "path", "status", "ms"], extrasaction="ignore")
            w.writeheader()
            for r in records[:50]:
                w.writerow({**r, "when": r["when"].strftime("%Y-%m-%dT%H:%M:%S")})
        raw = (out / "requests.csv").read_bytes()
        with gzip.open(out / "requests.csv.gz", "wb") as gz:
            gz.write(raw)
        with gzip.open(out / "requests.csv.gz", "rt", newline="") as gz:
            back = list(csv.DictReader(gz))
        loaded = json.loads((out / "summary.json").read_text())
        print("json keys:", list(loaded), loaded["status"])
        print("json text head:", (out / "summary.json").read_text().splitlines()[:3])
        print("csv rows:", len(back), back[0]["path"], back[-1]["status"], raw.count(b"\r\n"))
        print("gzip roundtrip:", gzip.decompress(gzip.compress(raw)) == raw, sorted(os.listdir(out)))
        print("compact:", json.dumps({"a": [1, 2.5, None, True], "b": "é"}, separators=(",", ":")),
              json.dumps("é", ensure_ascii=False))


def main():
    rng = random.Random(2024)
    access, app = generate(rng, 400 * SCALE)
    records, bad = parse_access(access)
    print(f"parsed {len(records)} access records, {bad} bad")
    summary = analyze(records)
    parse_app(app)
    write_reports(summary, records)
    buf = io.StringIO()
    json.dump(summary["status"], buf)
    print("status json:", buf.getvalue())


main()
