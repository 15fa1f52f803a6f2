"""jobs_log: a batch job runner with structured logging, retries and a summary table."""
import functools
import io
import itertools
import json
import logging
import logging.config
import logging.handlers
import os
import random
import sys
import tempfile
import textwrap
import time
import warnings
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Callable, Deque, List, Optional


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {"level": record.levelname, "logger": record.name, "msg": record.getMessage()}
        if hasattr(record, "job"):
            payload["job"] = record.job
        if record.exc_info:
            etype, evalue, _ = record.exc_info
            payload["error"] = f"{etype.__name__}: {evalue}"
        return json.dumps(payload, sort_keys=True)


class JobAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {}).update(self.extra)
        return f"[{self.extra['job']}] {msg}", kwargs


class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR


class TransientError(Exception):
    pass


class PermanentError(Exception):
    def __init__(self, code: int, reason: str):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return f"E{self.code:03d}: {self.reason}"


def retry(times: int, on=(TransientError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except on as e:
                    logging.getLogger("jobs.retry").warning("%s failed (attempt %d/%d): %s",
                                                            fn.__name__, attempt, times, e)
            raise PermanentError(99, f"{fn.__name__} gave up after {times} attempts")
        return wrapper
    return deco


@dataclass
class Job:
    name: str
    action: Callable[..., object]
    depends: List[str] = field(default_factory=list)
    result: Optional[object] = None
    state: str = "pending"


rng = random.Random(42)


@retry(3)
def flaky_fetch(url: str, *, attempt: int) -> int:
    if rng.random() < 0.6:
        raise TransientError(f"timeout talking to {url}")
    return len(url) * attempt


@retry(2)
def always_down(*, attempt: int) -> None:
    raise TransientError("503 Service Unavailable")


def compute(n: int, *, attempt: int = 1) -> int:
    return sum(i * i for i in range(n))


def bad_input(*, attempt: int = 1):
    return int("twelve")


def deprecated_step(*, attempt: int = 1):
    warnings.warn("deprecated_step() will be removed in 2.0", DeprecationWarning, stacklevel=2)
    return "done"


def run_all(jobs: List[Job], log: logging.Logger) -> Counter:
    by_name = {j.name: j for j in jobs}
    queue: Deque[Job] = deque(jobs)
    states: Counter = Counter()
    guard = itertools.count()
    while queue:
        if next(guard) > 50:
            raise RuntimeError("dependency cycle")
        job = queue.popleft()
        blocked = [d for d in job.depends if by_name[d].state not in ("ok", "failed")]
        if blocked:
            queue.append(job)
            continue
        jlog = JobAdapter(log, {"job": job.name})
        if any(by_name[d].state == "failed" for d in job.depends):
            job.state = "skipped"
            jlog.info("skipped: dependency failed")
        else:
            try:
                job.result = job.action()
                job.state = "ok"
                jlog.info("ok -> %r", job.result)
            except PermanentError as e:
                job.state = "failed"
                jlog.error("permanent failure %s (code=%d)", e, e.code)
            except Exception:
                job.state = "failed"
                jlog.exception("crashed")
        states[job.state] += 1
    return states


def main() -> int:
    tmp = tempfile.mkdtemp(prefix="jobs-")
    logfile = os.path.join(tmp, "jobs.log")
    stream = io.StringIO()
    logging.config.dictConfig({
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(levelname)-8s %(name)s: %(message)s"},
                       "json": {"()": JsonFormatter}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                        "formatter": "plain", "level": "INFO"},
            "file": {"class": "logging.handlers.RotatingFileHandler", "filename": logfile,
                     "maxBytes": 600, "backupCount": 2, "formatter": "json"},
        },
        "loggers": {"jobs": {"level": "DEBUG", "handlers": ["console", "file"], "propagate": False}},
    })
    errors = logging.StreamHandler(stream)
    errors.addFilter(OnlyErrors())
    errors.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
    log = logging.getLogger("jobs.runner")
    logging.getLogger("jobs").addHandler(errors)
    logging.captureWarnings(True)
    warnings.simplefilter("always")
    logging.getLogger("py.warnings").handlers[:] = [logging.StreamHandler(sys.stdout)]
    jobs = [
        Job("fetch", functools.partial(flaky_fetch, "https://example.org/data")),
        Job("compute", functools.partial(compute, 1000), ["fetch"]),
        Job("upload", always_down, ["compute"]),
        Job("notify", lambda: "sent", ["upload"]),
        Job("parse", bad_input),
        Job("legacy", deprecated_step),
        Job("report", lambda: "ok", ["compute", "legacy"]),
    ]
    log.debug("starting %d jobs", len(jobs))
    states = run_all(jobs, log)
    logging.shutdown()
    print("-" * 40)
    print("states:", dict(sorted(states.items())))
    width = max(len(j.name) for j in jobs)
    for j in jobs:
        print(f"{j.name:>{width}} : {j.state:<8} {j.result!r}")
    print("errors captured:")
    print(textwrap.indent(stream.getvalue().strip(), "  | "))
    files = sorted(f for f in os.listdir(tmp))
    print("log files:", files)
    lines = []
    for f in reversed(files):
        with open(os.path.join(tmp, f)) as fh:
            lines.extend(json.loads(line) for line in fh)
    print(len(lines), "json records;", Counter(r["level"] for r in lines).most_common())
    print("first:", lines[0])
    print("last:", lines[-1])
    print("with errors:", [r["error"] for r in lines if "error" in r])
    for f in files:
        os.remove(os.path.join(tmp, f))
    os.rmdir(tmp)
    return 1 if states["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
