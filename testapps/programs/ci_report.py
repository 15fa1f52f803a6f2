# A CI dashboard report: job records with datetimes and durations (timedelta arithmetic,
# strftime, isoformat, fromisoformat, time zones), Flag and IntEnum enums, csv in and out,
# statistics, table rendering with str.format alignment, and textwrap for long messages.
import csv
import io
import statistics
import textwrap
from collections import defaultdict, namedtuple
from datetime import datetime, timedelta, timezone
from enum import Flag, IntEnum, auto, unique


class Platform(Flag):
    LINUX = auto()
    MACOS = auto()
    WINDOWS = auto()
    UNIX = LINUX | MACOS
    ALL = LINUX | MACOS | WINDOWS


@unique
class Status(IntEnum):
    PASSED = 0
    FLAKY = 1
    FAILED = 2
    CANCELLED = 3

    def mark(self):
        return "✓~✗-"[self]


CSV = """job,platform,started,duration_s,status,message
build,LINUX,2024-05-01T09:00:00+00:00,312,PASSED,
build,MACOS,2024-05-01T09:00:05+00:00,455,PASSED,
build,WINDOWS,2024-05-01T09:00:07+00:00,611,FLAKY,"retry 1: linker timed out, ""LNK1104"" on artifacts\\core.lib"
test,LINUX,2024-05-01T09:05:30+00:00,1204,FAILED,"3 failures: test_upload (timeout), test_resume (assertion), test_sign (gpg missing); see the attached log for the full output of the run"
test,MACOS,2024-05-01T09:08:01+00:00,1320,PASSED,
test,WINDOWS,2024-05-01T09:11:00+00:00,0,CANCELLED,superseded by a newer push
lint,LINUX,2024-05-01T09:00:01+00:00,47,PASSED,
docs,LINUX,2024-05-01T09:00:02+00:00,98,PASSED,warning: 2 broken links
"""

Job = namedtuple("Job", "name platform started duration status message")
LOCAL = timezone(timedelta(hours=2), "CEST")


def load(text):
    jobs = []
    for row in csv.DictReader(io.StringIO(text)):
        jobs.append(Job(
            name=row["job"],
            platform=Platform[row["platform"]],
            started=datetime.fromisoformat(row["started"]),
            duration=timedelta(seconds=int(row["duration_s"])),
            status=Status[row["status"]],
            message=row["message"],
        ))
    return jobs


def fmt_duration(td):
    minutes, seconds = divmod(int(td.total_seconds()), 60)
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


def table(jobs):
    header = "{:<6} {:<8} {:>8} {:>8} {:^6} {}".format("job", "platform", "start", "took", "st", "finished (local)")
    print(header)
    print("=" * len(header))
    for j in sorted(jobs, key=lambda j: (j.started, j.name)):
        end = (j.started + j.duration).astimezone(LOCAL)
        print("{0.name:<6} {1:<8} {0.started:%H:%M:%S} {2:>8} {3:^6} {4}".format(
            j, j.platform.name.lower(), fmt_duration(j.duration), j.status.mark(),
            end.strftime("%a %d %b %H:%M %Z")))


def summary(jobs):
    by_status = defaultdict(list)
    for j in jobs:
        by_status[j.status].append(j)
    for status in Status:
        names = [f"{j.name}/{j.platform.name[0]}" for j in by_status[status]]
        print(f"{status.name:<9} {status.value} {len(names)} {' '.join(names) or '-'}")
    worst = max(jobs, key=lambda j: (j.status, j.duration))
    print("worst:", worst.name, worst.platform, repr(worst.status), int(worst.status) + 10)
    durations = [j.duration.total_seconds() for j in jobs if j.status is not Status.CANCELLED]
    print(f"mean {statistics.mean(durations):.1f}s median {statistics.median(durations)}s "
          f"stdev {statistics.stdev(durations):.2f} quantiles {statistics.quantiles(durations, n=4)}")
    start = min(j.started for j in jobs)
    end = max(j.started + j.duration for j in jobs)
    wall = end - start
    busy = sum((j.duration for j in jobs), timedelta())
    print(f"wall {wall} busy {busy} parallelism {busy / wall:.2f} ends {end.isoformat()}")
    print("wall // 7:", wall // 7, "| wall % 60s:", wall % timedelta(seconds=60), "| -wall:", -wall)


def platforms(jobs):
    seen = Platform(0)
    for j in jobs:
        seen |= j.platform
    print("seen:", seen, seen == Platform.ALL, Platform.UNIX in seen, bool(Platform(0)))
    print("unix jobs:", sorted({j.name for j in jobs if j.platform & Platform.UNIX}))
    print("members:", [p.name for p in Platform], Platform.UNIX.value, Platform(5))
    print("~LINUX:", ~Platform.LINUX, "| WINDOWS in UNIX:", Platform.WINDOWS in Platform.UNIX)


def messages(jobs):
    for j in jobs:
        if not j.message:
            continue
        head = f"{j.name}@{j.platform.name.lower()}: "
        print(textwrap.fill(j.message, width=64, initial_indent=head,
                            subsequent_indent=" " * len(head), break_long_words=False))


def export(jobs):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["job", "platform", "end", "status"])
    for j in jobs:
        if j.status >= Status.FAILED:
            w.writerow([j.name, j.platform.name, (j.started + j.duration).strftime("%Y-%m-%d %I:%M %p"),
                        f"{j.status.name.title()} ({j.message[:20]})"])
    print(out.getvalue(), end="")
    dw = csv.DictWriter(out, fieldnames=["a", "b"], extrasaction="ignore")
    dw.writerow({"a": 'say "hi"', "b": "x,y", "c": 3})
    print(repr(out.getvalue().splitlines()[-1]))


def dates():
    d = datetime(2024, 2, 28, 23, 30, tzinfo=timezone.utc)
    for step in (timedelta(hours=1), timedelta(days=1, minutes=45), timedelta(weeks=1)):
        print(d + step, (d + step).strftime("%j %U %A"), (d + step).weekday())
    print(datetime(2024, 5, 1, 9, tzinfo=LOCAL).astimezone(timezone.utc).isoformat(timespec="minutes"))
    print(timedelta(days=-1, seconds=5), timedelta(microseconds=1500), timedelta(hours=36) / timedelta(days=1))
    print(repr(timedelta(seconds=90)), repr(LOCAL), LOCAL.tzname(None), str(timezone.utc))
    print(datetime.strptime("01/05/24 17:02", "%d/%m/%y %H:%M").isoformat(sep=" "))
    print(sorted([Status.FAILED, Status.PASSED, 1]), Status(2), Status["FLAKY"] == 1, max(Status).mark())


def main():
    jobs = load(CSV)
    print(len(jobs), "jobs")
    table(jobs)
    print()
    summary(jobs)
    print()
    platforms(jobs)
    print()
    messages(jobs)
    print()
    export(jobs)
    print()
    dates()


if __name__ == "__main__":
    main()
