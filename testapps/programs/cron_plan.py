"""Expand cron-like job schedules into a run plan for one day, the way a small scheduler's
`plan` command does: parse the 5-field specs, resolve overlaps by priority with a heap,
log decisions, and print a timeline plus a CSV export."""
import csv
import enum
import functools
import heapq
import io
import logging
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 9


class Outcome(enum.Enum):
    RUN = "run"
    SKIPPED = "skipped (busy)"
    DEFERRED = "deferred"


@dataclass(frozen=True)
class Job:
    name: str
    spec: str
    minutes: int
    priority: Priority = Priority.NORMAL
    tags: tuple = ()


@dataclass(order=True)
class Slot:
    start: datetime
    neg_priority: int
    job: Job = field(compare=False)


JOBS = [
    Job("backup", "0 2 * * *", 45, Priority.HIGH, ("db",)),
    Job("rotate-logs", "30 */6 * * *", 5, Priority.LOW),
    Job("sync-mirror", "*/20 1-3 * * *", 15),
    Job("report", "15 8,12,17 * * 1-5", 10, Priority.NORMAL, ("mail",)),
    Job("vacuum", "0 3 * * 0", 30, Priority.HIGH, ("db",)),
    Job("heartbeat", "*/30 * * * *", 1, Priority.LOW),
    Job("bad", "61 * * * *", 1),
]

FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6))


class SpecError(ValueError):
    pass


@functools.lru_cache(maxsize=None)
def expand(part: str, low: int, high: int) -> frozenset:
    values = set()
    for piece in part.split(","):
        body, _, step = piece.partition("/")
        step = int(step) if step else 1
        if body == "*":
            first, last = low, high
        elif "-" in body:
            first, last = map(int, body.split("-"))
        else:
            first = last = int(body)
        if not (low <= first <= last <= high):
            raise SpecError(f"{piece!r} outside {low}-{high}")
        values.update(range(first, last + 1, step))
    return frozenset(values)


def parse(spec: str) -> dict:
    parts = spec.split()
    if len(parts) != 5:
        raise SpecError(f"expected 5 fields, got {len(parts)}")
    return {name: expand(p, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}


def times_on(day: date, fields: dict):
    cron_weekday = (day.weekday() + 1) % 7  # cron: Sunday is 0
    if day.day not in fields["day"] or day.month not in fields["month"] or cron_weekday not in fields["weekday"]:
        return
    for h in sorted(fields["hour"]):
        for m in sorted(fields["minute"]):
            yield datetime.combine(day, time(h, m))


def plan(day: date, jobs, log):
    queue = []
    for job in jobs:
        try:
            fields = parse(job.spec)
        except SpecError as e:
            log.error("job %s has a bad schedule %r: %s", job.name, job.spec, e)
            continue
        for t in times_on(day, fields):
            heapq.heappush(queue, Slot(t, -job.priority, job))
    busy_until = datetime.combine(day, time.min)
    result = []
    while queue:
        slot = heapq.heappop(queue)
        if slot.start >= busy_until:
            end = slot.start + timedelta(minutes=slot.job.minutes)
            result.append((slot.start, end, slot.job, Outcome.RUN))
            busy_until = end
        elif slot.job.priority >= Priority.NORMAL and busy_until.date() == day:
            log.info("%s at %s deferred to %s", slot.job.name, f"{slot.start:%H:%M}", f"{busy_until:%H:%M}")
            heapq.heappush(queue, Slot(busy_until, slot.neg_priority, slot.job))
            result.append((slot.start, None, slot.job, Outcome.DEFERRED))
        else:
            log.debug("%s at %s skipped", slot.job.name, slot.start.strftime("%H:%M"))
            result.append((slot.start, None, slot.job, Outcome.SKIPPED))
    return result


def main():
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)-7s %(message)s")
    log = logging.getLogger("cron")
    for day in (date(2024, 3, 3), date(2024, 3, 4)):
        print(f"== {day:%A %d %B %Y} ==")
        entries = plan(day, JOBS, log)
        runs = [e for e in entries if e[3] is Outcome.RUN]
        for start, end, job, outcome in runs:
            if job.name == "heartbeat":
                continue
            tags = f" [{', '.join(job.tags)}]" if job.tags else ""
            print(f"  {start:%H:%M}-{end:%H:%M}  {job.name:<12} {job.priority.name:<6}{tags}")
        counts = {o: sum(1 for e in entries if e[3] is o) for o in Outcome}
        print("  totals:", ", ".join(f"{o.value}={n}" for o, n in counts.items()))
        busy = sum(((end - start) for start, end, _, o in runs), timedelta())
        print(f"  busy {busy} ({busy / timedelta(days=1):.1%} of the day), heartbeats {sum(1 for r in runs if r[2].name == 'heartbeat')}")
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["job", "start", "minutes", "outcome"])
        for start, end, job, outcome in entries[:4]:
            writer.writerow([job.name, start.isoformat(timespec="minutes"), job.minutes if end else "", outcome.name])
        print(out.getvalue(), end="")
    print("cache:", expand.cache_info())
    print(sorted(parse("*/15 9-17 * * 1-5")["minute"]), Priority(9), Outcome("deferred"), Priority.HIGH > 7)
    try:
        Outcome("maybe")
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
