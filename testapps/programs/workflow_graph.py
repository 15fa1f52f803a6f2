# A workflow engine for release jobs: steps declared with a decorator into frozen dataclasses,
# dependency order by graphlib.TopologicalSorter, an exception hierarchy with custom __str__,
# add_note and ExceptionGroup for collected failures, retry logic with itertools.count, json
# state round trips, and a final unhandled ExceptionGroup printed as CPython prints it.
import graphlib
import itertools
import json
from dataclasses import dataclass, field, fields, FrozenInstanceError
from typing import Callable, ClassVar


class WorkflowError(Exception):
    """Base of the engine's errors."""


class StepFailed(WorkflowError):
    def __init__(self, step, attempt, reason):
        super().__init__(step, attempt, reason)
        self.step, self.attempt, self.reason = step, attempt, reason

    def __str__(self):
        return f"step {self.step!r} failed on attempt {self.attempt}: {self.reason}"


class CycleFound(WorkflowError):
    pass


@dataclass(frozen=True)
class Step:
    name: str
    action: Callable = field(repr=False, compare=False)
    needs: tuple = ()
    retries: int = 0
    registry: ClassVar[dict] = {}

    def __post_init__(self):
        if not self.name.isidentifier():
            raise ValueError(f"bad step name {self.name!r}")
        object.__setattr__(self, "needs", tuple(sorted(self.needs)))


def step(*needs, retries=0):
    def register(fn):
        s = Step(fn.__name__, fn, needs, retries)
        Step.registry[s.name] = s
        return fn
    return register


class Flaky:
    """Fails the first `times` calls, then succeeds."""

    def __init__(self, times):
        self.times = times
        self.calls = 0

    def __call__(self, state):
        self.calls += 1
        if self.calls <= self.times:
            raise ConnectionError(f"mirror unreachable (call {self.calls})")
        state["mirrored"] = True
        return "mirrored"


@step()
def checkout(state):
    state["rev"] = "a1b2c3d"
    return state["rev"]


@step("checkout")
def build(state):
    state["artifacts"] = [f"pkg-{n}.whl" for n in ("core", "cli")]
    return len(state["artifacts"])


@step("build")
def test(state):
    results = {"unit": 120, "integration": 14}
    state["tests"] = results
    return sum(results.values())


@step("build", "test")
def sign(state):
    sigs = {a: format(sum(map(ord, a)) * 7919 % 99991, "05d") for a in state["artifacts"]}
    state["signatures"] = sigs
    return sigs


Step.registry["mirror"] = Step("mirror", Flaky(2), ("sign",), retries=3)
Step.registry["announce"] = Step("announce", lambda st: st["nope"], ("mirror",))
Step.registry["tweet"] = Step("tweet", lambda st: 1 / 0, ("mirror",))


def order(steps):
    ts = graphlib.TopologicalSorter({s.name: s.needs for s in steps.values()})
    try:
        return list(ts.static_order())
    except graphlib.CycleError as e:
        raise CycleFound(" -> ".join(e.args[1])) from e


def levels(steps):
    ts = graphlib.TopologicalSorter({s.name: s.needs for s in steps.values()})
    ts.prepare()
    out = []
    while ts.is_active():
        ready = sorted(ts.get_ready())
        out.append(ready)
        ts.done(*ready)
    return out


def run(steps, state, keep_going=True):
    failures = []
    done = []
    for name in order(steps):
        s = steps[name]
        if any(n not in done for n in s.needs):
            print(f"  skip {name}: needs {[n for n in s.needs if n not in done]}")
            continue
        for attempt in itertools.count(1):
            try:
                result = s.action(state)
            except (ConnectionError, KeyError, ZeroDivisionError) as exc:
                if attempt <= s.retries and isinstance(exc, ConnectionError):
                    print(f"  retry {name} after: {exc}")
                    continue
                err = StepFailed(name, attempt, type(exc).__name__)
                err.add_note(f"state keys: {sorted(state)}")
                err.__cause__ = exc
                failures.append(err)
                print(f"  FAIL {err}")
                break
            else:
                done.append(name)
                print(f"  ok   {name} -> {json.dumps(result, sort_keys=True)}")
                break
        if failures and not keep_going:
            break
    return done, failures


def main():
    steps = dict(Step.registry)
    print("steps:", list(steps))
    print("fields:", [(f.name, f.type if isinstance(f.type, str) else f.type.__name__) for f in fields(Step)])
    print(steps["sign"], steps["sign"] == Step("sign", None, ("test", "build")))
    try:
        steps["build"].retries = 5
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    try:
        Step("bad-name", None)
    except ValueError as e:
        print("ValueError:", e)
    print("order:", order(steps))
    print("levels:", levels(steps))
    print("hashable:", len({steps["build"], Step("build", print, ("checkout",))}))

    cyclic = dict(steps)
    cyclic["checkout"] = Step("checkout", None, ("sign",))
    try:
        order(cyclic)
    except WorkflowError as e:
        print(f"{type(e).__name__}: {e} (cause {type(e.__cause__).__name__})")

    state = {}
    done, failures = run(steps, state)
    print("done:", done)
    print("state:", json.dumps(state, indent=1, sort_keys=True))
    restored = json.loads(json.dumps(state), object_hook=lambda d: {k.upper(): v for k, v in d.items()})
    print("restored keys:", sorted(restored), restored["TESTS"])
    for f in failures:
        print(f"{f!r} notes={f.__notes__} cause={f.__cause__!r}")

    group = ExceptionGroup("release failed", failures)
    match, rest = group.split(lambda e: getattr(e, "step", None) == "tweet")
    print("split:", [str(e) for e in match.exceptions], rest.message, len(rest.exceptions))
    try:
        raise group
    except* StepFailed as eg:
        print("except*:", len(eg.exceptions), "step failures")

    print("fail fast:")
    flaky = Step.registry["mirror"].action
    flaky.calls = -5
    done, failures = run(steps, {}, keep_going=False)
    print("done:", done, "calls:", flaky.calls)
    raise ExceptionGroup("release 1.4.0 aborted", [*failures, CycleFound("x -> y -> x")])


if __name__ == "__main__":
    main()
