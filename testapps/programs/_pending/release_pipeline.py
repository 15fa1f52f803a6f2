# A release pipeline built from generators: stages chained lazily, coroutine-style consumers
# driven with send(), yield used as an expression (with the walrus, in calls, in arithmetic),
# generators abandoned half-way whose finally blocks must still run, resources held by
# generator-based context managers, logging with a custom formatter, and format() specs.
import contextlib
import itertools
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname).1s %(name)-10s %(message)s")
log = logging.getLogger("pipeline")

ARTIFACTS = [
    ("core", "1.4.0", 182_311), ("cli", "1.4.0", 40_210), ("docs", "1.4.0", 1_204_998),
    ("plugins", "0.9.2", 77_001), ("web", "2.0.0-rc1", 530_440), ("sdk", "1.4.0", 9_870),
]


def source(items):
    log.debug("source: start")
    try:
        for item in items:
            yield item
    finally:
        log.debug("source: closed")


def only_stable(items):
    for name, version, size in items:
        if "-" in version:
            log.info("skip prerelease %s %s", name, version)
            continue
        yield name, version, size


def with_checksum(items):
    for name, version, size in items:
        digest = 0
        for ch in f"{name}{version}{size}":
            digest = (digest * 33 + ord(ch)) % 65521
        yield name, version, size, digest


def human(n):
    for unit in ("B", "KiB", "MiB"):
        if n < 1024:
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} {unit}"
        n /= 1024
    return f"{n:.2f} GiB"


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


def tagger(prefix):
    seen = []
    while (item := (yield len(seen))) is not None:
        seen.append(f"{prefix}{item}")
    return seen


def doubler():
    x = 1
    while x < 40:
        x = (yield x) * 2 + (yield -x)
    return x


def echo_args():
    result = list((yield "a"), )
    print("echo got", result, max((yield "b"), (yield "c")))


@contextlib.contextmanager
def upload_session(target):
    log.info("open session to %s", target)
    try:
        yield {"target": target, "sent": []}
    finally:
        log.info("close session to %s", target)


def watch(name):
    print(f"  watch {name}: started")
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print(f"  watch {name}: finally after {n}")


def main():
    print(format("ab", "05"), format("ab", "<05"), format(42, "05"), format(-4.5, "08.2f"),
          format("x", "^5"), format(1234567, ",d"), format(0.25, ".0%"), format(255, "#06x"))
    print(f"{'ab':05}|{'ab':>05}|{3.14159:07.3f}|{-7:+05d}|{'pad':*^9}|{12345.678:_.1f}")
    for spec in ("=5", "05", "+5"):
        try:
            print(spec, repr(format("ab", spec)))
        except ValueError as e:
            print(spec, "ValueError:", e)

    pipeline = with_checksum(only_stable(source(ARTIFACTS)))
    total = 0
    with upload_session("pypi") as session:
        for name, version, size, digest in pipeline:
            total += size
            session["sent"].append(name)
            print(f"  {name:<8} {version:>7} {human(size):>10} {digest:05d}")
            if total > 1_400_000:
                log.warning("size budget reached after %s", name)
                break
        print("sent:", session["sent"])
    pipeline.close()
    print("pipeline closed:", pipeline.gi_frame is None)

    avg = averager()
    next(avg)
    for v in (10, 20, 60):
        print("running average:", avg.send(v))
    try:
        avg.send(None)
    except StopIteration as stop:
        print("averager returned", stop.value)

    t = tagger("v")
    print("tagger:", next(t), t.send("1.0"), t.send("1.1"))
    try:
        t.send(None)
    except StopIteration as stop:
        print("tagged:", stop.value)

    d = doubler()
    out = [next(d)]
    try:
        while True:
            out.append(d.send(len(out) + 1))
    except StopIteration as stop:
        print("doubler:", out, "->", stop.value)

    e = echo_args()
    print(next(e), e.send("xy"), e.send(3))
    with contextlib.suppress(StopIteration):
        e.send(9)

    print("first two of watch(a):")
    for n in watch("a"):
        if n == 2:
            break
    print("after break")
    w = watch("b")
    print("islice:", list(itertools.islice(w, 3)))
    w = None
    print("after w = None")
    print("zip:", list(zip("xy", watch("c"))))
    print("after zip")
    g = watch("d")
    next(g)
    print("kept d, leaving main")
    return g


if __name__ == "__main__":
    kept = main()
    print("main returned", type(kept).__name__)
    logging.getLogger("pipeline.done").info("bye")
