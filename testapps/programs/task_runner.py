# A cooperative task runner like a build system's executor: tasks are generators driven with
# send/throw/close (yield from delegation, return values, GeneratorExit cleanup, generators
# dropped half-way), a heapq-based clock, resources managed with contextlib (ExitStack with
# callbacks, suppress, redirect_stdout/redirect_stderr, contextmanager, closing, nullcontext),
# walrus loops, failures reported with traceback formatting of chained exceptions, and
# logging through a custom handler and formatter.
import contextlib
import heapq
import io
import itertools
import logging
import sys
import traceback

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

events = []
START = object()


class Timeout(Exception):
    pass


class TaskFailed(RuntimeError):
    def __init__(self, name, reason):
        super().__init__(f"task {name} failed: {reason}")
        self.name = name


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


log = logging.getLogger("runner")
handler = ListHandler()
handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s.%(funcName)s: %(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def sleep(ticks):
    """Yields a request to the scheduler; the scheduler sends back the current time."""
    now = yield ("sleep", ticks)
    return now


def compile_unit(name, cost):
    try:
        start = yield from sleep(0)
        for step in range(cost):
            now = yield from sleep(1 + step % 2)
        log.debug("compiled %s in %d ticks", name, now - start)
        return f"{name}.o"
    except GeneratorExit:
        events.append(f"{name}: cancelled")
        raise
    finally:
        events.append(f"{name}: cleanup")


def link(units):
    objects = []
    for name, cost in units:
        obj = yield from compile_unit(name, cost)
        objects.append(obj)
    try:
        yield ("wait", 2)
    except Timeout as exc:
        log.warning("link timed out (%s), retrying once", exc)
        yield ("sleep", 1)
    return "+".join(objects)


def flaky(name, fail_at):
    count = 0
    while True:
        count += 1
        if count == fail_at:
            try:
                {}["missing-" + name]
            except KeyError as exc:
                raise TaskFailed(name, "lookup") from exc
        received = yield ("sleep", 1)
        if received == "stop":
            return count


def counter():
    """A consumer coroutine: send() values in, read the total from the StopIteration."""
    total = 0
    while True:
        item = yield total
        if item is None:
            break
        total += item
    return total


class Scheduler:
    def __init__(self):
        self.clock = 0
        self.queue = []
        self.seq = itertools.count()
        self.results = {}
        self.errors = {}

    def spawn(self, name, gen, at=0):
        heapq.heappush(self.queue, (self.clock + at, next(self.seq), name, gen, START))

    def run(self, limit=100):
        while self.queue and (item := self.queue[0])[0] <= limit:
            heapq.heappop(self.queue)
            self.clock, _, name, gen, value = item
            try:
                if isinstance(value, BaseException):
                    request = gen.throw(value)
                else:
                    request = next(gen) if value is START else gen.send(self.clock)
            except StopIteration as stop:
                self.results[name] = stop.value
                log.info("%s finished at %d -> %r", name, self.clock, stop.value)
                continue
            except Exception as exc:
                self.errors[name] = exc
                log.error("%s raised %s", name, type(exc).__name__)
                continue
            kind, ticks = request
            nxt = Timeout(f"tick {self.clock}") if kind == "wait" else None
            heapq.heappush(self.queue, (self.clock + ticks, next(self.seq), name, gen, nxt))
        return [name for _, _, name, _, _ in sorted(self.queue)]


@contextlib.contextmanager
def workspace(name):
    events.append(f"enter {name}")
    try:
        yield name.upper()
    except ValueError as exc:
        events.append(f"{name} swallowed {exc}")
    finally:
        events.append(f"exit {name}")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        events.append(f"closed {self.name}")


def main():
    sched = Scheduler()
    sched.spawn("link", link([("a", 2), ("b", 3), ("c", 1)]))
    for i in range(3 * SCALE):
        sched.spawn(f"cc{i}", compile_unit(f"u{i}", 2 + i % 4), at=i % 3)
    sched.spawn("flaky", flaky("net", 3), at=1)
    sched.spawn("slow", compile_unit("slow", 50), at=0)
    pending = sched.run(limit=12)
    print("results:", dict(sorted(sched.results.items())))
    print("errors:", {k: str(v) for k, v in sched.errors.items()})
    print("pending:", pending, "clock:", sched.clock)
    # cancel what is left: close() runs the GeneratorExit handler and the finally block
    for _, _, name, gen, _ in sched.queue:
        gen.close()
        print(name, "closed; running:", gen.gi_running, "again:", gen.close())
    sched.queue.clear()

    # chained exception formatting
    exc = sched.errors["flaky"]
    print("".join(traceback.format_exception_only(type(exc), exc)), end="")
    print("cause:", repr(exc.__cause__), "context is cause:", exc.__context__ is exc.__cause__,
          "suppress:", exc.__suppress_context__)
    text = "".join(traceback.format_exception(exc))
    print("\n".join(l for l in text.splitlines() if not l.startswith("  File") and not l.startswith("    ")))
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            int("x")
    except ValueError as e2:
        lines = traceback.format_exception(type(e2), e2, e2.__traceback__)
        print([line.strip() for line in lines if not line.startswith("  ")])
        print(type(e2.__context__).__name__, e2.__cause__)

    # coroutine-style consumer
    acc = counter()
    next(acc)
    for v in range(1, 11 * SCALE):
        acc.send(v)
    try:
        acc.send(None)
    except StopIteration as stop:
        print("counter total:", stop.value)
    gen = counter()
    print(next(gen), gen.send(5), gen.send(6))
    try:
        gen.throw(ValueError("bad item"))
    except ValueError as e:
        print("thrown out:", e)
    print("send after close:", next(gen, "exhausted"))

    # a generator left half-way: close() runs its finally (PyPack does not yet run it when the
    # last reference goes, as CPython's reference counting does, so the program closes it)
    def reader(lines):
        try:
            for line in lines:
                yield line.strip()
        finally:
            events.append("reader finally")
    r = reader([" x ", " y ", " z "])
    print(next(r))
    r.close()
    events.append("after close")
    with contextlib.closing(reader(["one", "two"])) as temp:
        first = next(temp)
    events.append(f"after temp {first}")

    # contextlib
    with contextlib.ExitStack() as stack:
        ws = [stack.enter_context(workspace(f"w{i}")) for i in range(3)]
        stack.callback(events.append, "callback ran")
        stack.enter_context(contextlib.closing(Resource("db")))
        res = stack.push(lambda *exc: events.append(f"push saw {exc[0].__name__ if exc[0] else None}"))
        print("workspaces:", ws)
        moved = stack.pop_all()
    events.append("stack left")
    moved.close()
    with workspace("v"):
        raise ValueError("swallowed by the generator")
    with contextlib.suppress(KeyError, IndexError):
        [][1]
    with contextlib.nullcontext(42) as value:
        print("nullcontext:", value)
    buf, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(err):
        print("to buffer")
        print("to err", file=sys.stderr)
        log.info("logged while redirected")
    print("captured:", repr(buf.getvalue()), repr(err.getvalue()))
    try:
        with contextlib.ExitStack() as stack:
            stack.callback(events.append, "cb before raise")
            stack.enter_context(workspace("inner"))
            raise KeyError("escapes")
    except KeyError as e:
        print("escaped:", repr(e))

    print("events:")
    for e in events:
        print("  ", e)
    print("log:")
    for line in handler.records:
        print("  ", line)


main()
