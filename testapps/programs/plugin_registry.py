# A plugin framework like the ones in linters and static-site tools: plugins register through a
# metaclass and __init_subclass__, options are validated by descriptors using __set_name__,
# value objects use __slots__ and functools.total_ordering, interfaces are abc.ABC and
# typing.Protocol (runtime_checkable), records are NamedTuple/TypedDict, and dispatch uses
# functools.singledispatch/singledispatchmethod, lru_cache, cached_property, partial and reduce.
import abc
import functools
import operator
import sys
from typing import Any, ClassVar, Iterable, NamedTuple, Optional, Protocol, TypedDict, runtime_checkable

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class Option:
    """A typed, validated plugin option stored in the instance dict under a private name."""

    def __init__(self, kind, default=None, *, choices=None, minimum=None):
        self.kind = kind
        self.default = default
        self.choices = choices
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_opt_" + name
        owner.option_names = getattr(owner, "option_names", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be {self.kind.__name__}, "
                            f"not {type(value).__name__}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.name}={value!r} not in {sorted(self.choices)}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name}={value!r} below {self.minimum}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"Option({self.kind.__name__}, default={self.default!r})"


class RegistryMeta(abc.ABCMeta):
    registry: dict = {}

    def __new__(mcls, name, bases, ns, *, kind=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if kind is not None:
            mcls.registry.setdefault(kind, []).append(cls)
        cls.kind = kind or getattr(cls, "kind", None)
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

    def __repr__(cls):
        return f"<plugin class {cls.__name__} kind={cls.kind}>"


class Plugin(abc.ABC, metaclass=RegistryMeta):
    priority: ClassVar[int] = 50
    subclasses_seen: ClassVar[list] = []

    def __init_subclass__(cls, /, priority=None, **kw):
        super().__init_subclass__(**kw)
        if priority is not None:
            cls.priority = priority
        Plugin.subclasses_seen.append(cls.__name__)

    @abc.abstractmethod
    def run(self, text): ...

    @property
    @abc.abstractmethod
    def label(self): ...

    def configure(self, **options):
        for key, value in options.items():
            if key not in type(self).option_names:
                raise AttributeError(f"unknown option {key!r} for {type(self).__name__}")
            setattr(self, key, value)
        return self


class LineLength(Plugin, kind="lint", priority=10):
    limit = Option(int, 20, minimum=10)
    severity = Option(str, "warning", choices={"warning", "error"})

    @property
    def label(self):
        return f"line-length<={self.limit}"

    def run(self, text):
        return [Finding(i, len(line), self.severity, f"line too long ({len(line)})")
                for i, line in enumerate(text.splitlines(), 1) if len(line) > self.limit]


class Trailing(Plugin, kind="lint"):
    severity = Option(str, "error", choices={"warning", "error"})
    label = "trailing-ws"

    def run(self, text):
        return [Finding(i, len(line.rstrip()) + 1, self.severity, "trailing whitespace")
                for i, line in enumerate(text.splitlines(), 1) if line != line.rstrip()]


class Upper(Plugin, kind="transform", priority=90):
    label = "upper"

    def run(self, text):
        return text.upper()


class Incomplete(Plugin, kind="transform"):
    def run(self, text):
        return text


class Finding(NamedTuple):
    line: int
    col: int
    severity: str = "warning"
    message: str = ""

    def where(self):
        return f"{self.line}:{self.col}"


class Summary(TypedDict, total=False):
    plugin: str
    count: int
    worst: Optional[str]


@runtime_checkable
class Reporter(Protocol):
    def report(self, findings: Iterable[Finding]) -> str: ...


class TextReporter:
    def report(self, findings):
        return "; ".join(f"{f.where()} {f.severity}: {f.message}" for f in findings)


@functools.total_ordering
class Version:
    __slots__ = ("parts",)

    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"


class Document:
    def __init__(self, text):
        self.text = text
        self.computed = 0

    @functools.cached_property
    def words(self):
        self.computed += 1
        return self.text.split()


@functools.singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value:+d}"


@render.register(float)
def _(value):
    return f"float:{value:.2f}"


@render.register(list)
@render.register(tuple)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register
def _(value: Finding):
    return f"finding@{value.where()}"


class Exporter:
    @functools.singledispatchmethod
    def export(self, arg):
        raise NotImplementedError(f"cannot export {type(arg).__name__}")

    @export.register
    def _(self, arg: str):
        return arg.encode()

    @export.register
    def _(self, arg: dict):
        return b"{" + b",".join(k.encode() for k in sorted(arg)) + b"}"


@functools.lru_cache(maxsize=32)
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def main():
    print("registry:", {k: [c.__name__ for c in v] for k, v in RegistryMeta.registry.items()})
    print("seen:", Plugin.subclasses_seen, [LineLength, Upper])
    print("priorities:", sorted((c.priority, c.__name__) for c in RegistryMeta.registry["lint"] + RegistryMeta.registry["transform"]))
    print("abstract:", sorted(Incomplete.__abstractmethods__), sorted(Plugin.__abstractmethods__))
    try:
        Incomplete()
    except TypeError as e:
        print("TypeError:", e)
    ll = LineLength().configure(limit=30)
    print(ll.label, ll.created_by_meta, LineLength.limit, LineLength.option_names, vars(ll))
    for bad in ({"limit": "40"}, {"limit": 5}, {"severity": "fatal"}, {"colour": "red"}):
        try:
            LineLength().configure(**bad)
        except (TypeError, ValueError, AttributeError) as e:
            print(f"  {type(e).__name__}: {e}")

    text = "\n".join(
        ("short line" if i % 3 else "a considerably longer line that exceeds the limit") + (" " if i % 4 == 0 else "")
        for i in range(8 * SCALE))
    plugins = sorted((cls() for cls in RegistryMeta.registry["lint"]), key=lambda p: p.priority)
    findings = []
    for p in plugins:
        found = p.run(text)
        findings.extend(found)
        s: Summary = {"plugin": p.label, "count": len(found)}
        if found:
            s["worst"] = max(f.severity for f in found)
        print("summary:", s)
    findings.sort(key=operator.attrgetter("line", "col"))
    reporter = TextReporter()
    print("is Reporter:", isinstance(reporter, Reporter), isinstance(ll, Reporter))
    print(reporter.report(findings[:5]))
    f0 = findings[0]
    print(f0, f0._asdict(), f0._replace(col=0), Finding._fields, Finding._field_defaults,
          Finding(1, 2) == (1, 2, "warning", ""))
    print(Summary.__required_keys__ == frozenset(), sorted(Summary.__optional_keys__), Summary(plugin="x"))
    print("transform:", functools.reduce(lambda acc, p: p.run(acc), [Upper()], "hello"))

    versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
    print(sorted(versions), max(versions), Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.9.9"),
          len(set(versions)))
    try:
        versions[0].extra = 1
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(versions[0], "__dict__"), Version.__slots__)

    doc = Document("the quick brown fox jumps over the lazy dog " * SCALE)
    print(len(doc.words), len(doc.words), doc.computed, "words" in vars(doc))
    del doc.words
    print(len(doc.words), doc.computed)

    print(render(3), render(2.5), render([1, (2.0, "x")]), render(f0), render(None), render(True))
    print(render.dispatch(bool).__name__, sorted(t.__name__ for t in render.registry if t is not object))
    exp = Exporter()
    print(exp.export("héllo"), exp.export({"b": 1, "a": 2}))
    try:
        exp.export(3)
    except NotImplementedError as e:
        print("NotImplementedError:", e)

    words = ["kitten", "sitting", "flaw", "lawn", "intention", "execution"]
    print([edit_distance(a, b) for a, b in zip(words[::2], words[1::2])], edit_distance.cache_info().maxsize)
    edit_distance.cache_clear()
    print(edit_distance.cache_info())
    by3 = functools.partial(round, ndigits=3)
    scale = functools.partial(operator.mul, 2)
    print(by3(3.14159), scale(21), by3.keywords, functools.reduce(operator.add, range(10 * SCALE), 0),
          functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
    key = functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b))
    print(sorted(words, key=key))

    # exceptions with keyword attributes
    err = ImportError("no module", name="plugins.extra", path="/tmp/x.py")
    print(err.name, err.path, err.args, vars(err), repr(err))
    kerr = KeyError("k")
    kerr.note = "custom"
    print(vars(kerr), getattr(OSError(2, "gone", "f.txt"), "filename"))


main()
