"""minitest: a tiny pytest-like runner with fixtures, parametrize, skips and a summary."""
import contextlib
import functools
import inspect
import io
import re
import sys
import traceback
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Dict, List, Optional

_REGISTRY: List["TestCase"] = []
_FIXTURES: Dict[str, Callable[..., Any]] = {}


class Outcome(str, Enum):
    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    SKIPPED = "skipped"
    XFAIL = "xfailed"

    @property
    def letter(self) -> str:
        return {"passed": ".", "failed": "F", "error": "E", "skipped": "s", "xfailed": "x"}[self.value]


class Skip(Exception):
    pass


@dataclass
class TestCase:
    func: Callable[..., Any]
    params: Dict[str, Any] = field(default_factory=dict)
    marks: set = field(default_factory=set)
    ident: str = ""

    @property
    def nodeid(self) -> str:
        suffix = f"[{self.ident}]" if self.ident else ""
        return f"{self.func.__module__}::{self.func.__name__}{suffix}"


@dataclass
class Report:
    case: TestCase
    outcome: Outcome
    detail: str = ""
    captured: str = ""


def fixture(func):
    _FIXTURES[func.__name__] = func
    return func


def parametrize(names: str, values: list, ids: Optional[List[str]] = None):
    keys = [n.strip() for n in names.split(",")]

    def deco(func):
        func.__dict__.setdefault("_params", []).append((keys, values, ids))
        return func
    return deco


def mark(name: str):
    def deco(func):
        func.__dict__.setdefault("_marks", set()).add(name)
        return func
    return deco


def test(func):
    marks = getattr(func, "_marks", set())
    params = getattr(func, "_params", [])
    if not params:
        _REGISTRY.append(TestCase(func, marks=marks))
        return func
    for keys, values, ids in params:
        for i, value in enumerate(values):
            row = value if len(keys) > 1 else (value,)
            ident = ids[i] if ids else "-".join(repr(v) if not isinstance(v, str) else v for v in row)
            _REGISTRY.append(TestCase(func, dict(zip(keys, row)), marks, ident))
    return func


def raises(exc_type, match: Optional[str] = None):
    @contextlib.contextmanager
    def ctx():
        try:
            yield
        except exc_type as e:
            if match and not re.search(match, str(e)):
                raise AssertionError(f"Regex pattern did not match.\n Regex: {match!r}\n Input: {str(e)!r}")
        else:
            raise AssertionError(f"DID NOT RAISE {exc_type.__name__}")
    return ctx()


def run_case(case: TestCase) -> Report:
    if "skip" in case.marks:
        return Report(case, Outcome.SKIPPED, "marked skip")
    sig = inspect.signature(case.func)
    out = io.StringIO()
    with contextlib.ExitStack() as stack:
        kwargs = {}
        try:
            for name in sig.parameters:
                if name in case.params:
                    kwargs[name] = case.params[name]
                elif name in _FIXTURES:
                    value = _FIXTURES[name]()
                    if inspect.isgenerator(value):
                        gen = value
                        value = next(gen)
                        stack.callback(functools.partial(next, gen, None))
                    kwargs[name] = value
                else:
                    raise LookupError(f"fixture {name!r} not found")
        except Exception as e:
            return Report(case, Outcome.ERROR, f"{type(e).__name__}: {e}")
        try:
            with contextlib.redirect_stdout(out):
                case.func(**kwargs)
        except Skip as e:
            return Report(case, Outcome.SKIPPED, str(e), out.getvalue())
        except AssertionError as e:
            if "xfail" in case.marks:
                return Report(case, Outcome.XFAIL, str(e), out.getvalue())
            tb = traceback.extract_tb(e.__traceback__)[-1]
            detail = f"{tb.name}:{tb.lineno - case.func.__code__.co_firstlineno}: {tb.line}\nE   {e}".rstrip()
            return Report(case, Outcome.FAILED, detail, out.getvalue())
        except Exception as e:
            lines = traceback.format_exception_only(type(e), e)
            return Report(case, Outcome.ERROR, "".join(lines).strip(), out.getvalue())
    return Report(case, Outcome.PASSED, captured=out.getvalue())


# ---------------------------------------------------------------- the tests

@fixture
def numbers():
    print("setup numbers")
    yield [3, 1, 2]
    print("teardown numbers")


@fixture
def config():
    return {"name": "demo", "retries": 3}


@test
def test_sorted(numbers):
    assert sorted(numbers) == [1, 2, 3]


@test
@parametrize("a, b, expected", [(1, 2, 3), (2, 2, 5), (-1, 1, 0), (2**63, 2**63, 2**64)])
def test_add(a, b, expected):
    assert a + b == expected, f"{a} + {b} != {expected}"


@test
@parametrize("text", ["abc", "", "ÄÖü"], ids=["ascii", "empty", "umlauts"])
def test_upper_roundtrip(text):
    print(f"checking {text!r}")
    assert text.upper().lower() == text.lower()


@test
def test_divide():
    with raises(ZeroDivisionError, match="division by zero"):
        1 / 0


@test
def test_raises_wrong_message():
    with raises(ValueError, match=r"^invalid literal"):
        int("12", base=1)


@test
def test_not_raised():
    with raises(KeyError):
        {"a": 1}["a"]


@test
@mark("skip")
def test_network():
    raise RuntimeError("should not run")


@test
def test_runtime_skip(config):
    if config["retries"] < 5:
        raise Skip(f"needs 5 retries, have {config['retries']}")


@test
@mark("xfail")
def test_known_bug():
    assert round(2.675, 2) == 2.68


@test
def test_missing_fixture(tmp_path):
    pass


@test
def test_type_error(config):
    return config["name"] + config["retries"]


@test
def test_dict_compare(config):
    assert config == {"name": "demo", "retries": 4}


def summarize(reports: List[Report]) -> str:
    counts: Dict[Outcome, int] = {}
    for r in reports:
        counts[r.outcome] = counts.get(r.outcome, 0) + 1
    order = [Outcome.FAILED, Outcome.ERROR, Outcome.PASSED, Outcome.SKIPPED, Outcome.XFAIL]
    parts = [f"{counts[o]} {o.value}" for o in order if o in counts]
    return f" {', '.join(parts)} ".center(60, "=")


def main(argv: List[str]) -> int:
    selected = [c for c in _REGISTRY if not argv or any(a in c.nodeid for a in argv)]
    print(f"collected {len(selected)} items")
    reports = [run_case(c) for c in selected]
    print("minitest.py " + "".join(r.outcome.letter for r in reports))
    for r in reports:
        if r.outcome in (Outcome.FAILED, Outcome.ERROR):
            print(f"{'_' * 10} {r.case.nodeid} {'_' * 10}")
            print(r.detail)
            if r.captured:
                print("--- captured stdout ---")
                print(r.captured, end="")
    for r in reports:
        if r.outcome is Outcome.SKIPPED:
            print(f"SKIPPED {r.case.nodeid}: {r.detail}")
    print(summarize(reports))
    print("sys.flags.optimize =", sys.flags.optimize, "| asserts on:", __debug__)
    return 1 if any(r.outcome in (Outcome.FAILED, Outcome.ERROR) for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
