# A task-list CLI in the style of small release helpers: argparse with mutually exclusive groups,
# type converters and custom actions, JSON persistence through io, a class hierarchy with
# __slots__, properties and __init_subclass__ registration, sorting with keys, and an uncaught
# chained exception ending the program with its traceback.
import argparse
import io
import json
import sys
from datetime import date, timedelta
from functools import reduce
from itertools import groupby
from operator import itemgetter

REGISTRY = {}


def due_date(text):
    if text == "today":
        return date(2024, 6, 3)
    if text.startswith("+"):
        return date(2024, 6, 3) + timedelta(days=int(text[1:]))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {text!r} (use YYYY-MM-DD, today or +N)")


class TagAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        tags = getattr(namespace, self.dest) or set()
        tags.update(v.strip().lower() for v in values.split(","))
        setattr(namespace, self.dest, tags)


class Item:
    __slots__ = ("title", "due", "tags", "_done")
    kind = "item"

    def __init_subclass__(cls, kind, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        REGISTRY[kind] = cls

    def __init__(self, title, due=None, tags=()):
        self.title = title
        self.due = due
        self.tags = frozenset(tags)
        self._done = False

    @property
    def done(self):
        return self._done

    @done.setter
    def done(self, value):
        if not isinstance(value, bool):
            raise TypeError(f"done must be a bool, not {type(value).__name__}")
        self._done = value

    def to_json(self):
        return {"kind": self.kind, "title": self.title, "due": self.due and self.due.isoformat(),
                "tags": sorted(self.tags), "done": self._done}

    @classmethod
    def from_json(cls, data):
        item = REGISTRY[data["kind"]](data["title"], data["due"] and date.fromisoformat(data["due"]), data["tags"])
        item.done = data["done"]
        return item

    def __repr__(self):
        return f"{type(self).__name__}({self.title!r}, due={self.due}, tags={sorted(self.tags)})"


class Task(Item, kind="task"):
    __slots__ = ()


class Release(Item, kind="release"):
    __slots__ = ("version",)

    def __init__(self, title, due=None, tags=()):
        super().__init__(title, due, tags)
        self.version = title.rpartition(" ")[2]


def build_parser():
    p = argparse.ArgumentParser(prog="todo", exit_on_error=False)
    p.add_argument("title", nargs="?")
    p.add_argument("--due", type=due_date)
    p.add_argument("-t", "--tags", action=TagAction, default=None)
    p.add_argument("--kind", choices=sorted(REGISTRY), default="task")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true")
    mode.add_argument("--done", metavar="N", type=int)
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p


def apply(store, argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except argparse.ArgumentError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.done is not None:
        store[args.done - 1].done = True
        print(f"done: {store[args.done - 1].title}")
    elif args.list:
        today = date(2024, 6, 3)
        key = itemgetter(0)
        rows = sorted(((it.due or date.max) < today, it.due or date.max, i, it) for i, it in enumerate(store, 1))
        for overdue, group in groupby(rows, key=key):
            print("OVERDUE" if overdue else "upcoming")
            for _, due, i, it in group:
                mark = "x" if it.done else " "
                extra = f" v{it.version}" if isinstance(it, Release) else ""
                print(f"  [{mark}] {i:>2}. {it.title:<24} {str(it.due or '-'):>10} {','.join(sorted(it.tags))}{extra}")
        if args.verbose > 1:
            print("  ", [repr(it) for it in store[:2]])
    elif args.title:
        item = REGISTRY[args.kind](args.title, args.due, args.tags or ())
        store.append(item)
        print(f"added {item.kind} #{len(store)}: {item!r}")
    else:
        parser.print_usage(sys.stdout)
        return 1
    return 0


def main():
    store = []
    commands = [
        ["Write changelog", "--due", "+2", "-t", "Docs, release"],
        ["Fix flaky test", "--due", "2024-05-30", "-t", "ci", "-t", "tests"],
        ["Ship 1.4.0", "--kind", "release", "--due", "today"],
        ["Plan roadmap"],
        ["--done", "2"],
        ["--list", "-vv"],
        ["Bad", "--due", "someday"],
        ["--list", "--done", "1"],
        ["x", "--kind", "epic"],
        [],
    ]
    codes = [apply(store, argv) for argv in commands]
    print("codes:", codes)
    buf = io.StringIO()
    json.dump([it.to_json() for it in store], buf, indent=1, sort_keys=True)
    text = buf.getvalue()
    print(text.count("\n"), "lines of json,", len(text), "chars")
    loaded = [Item.from_json(d) for d in json.loads(text)]
    print(loaded[2], loaded[2].version, [type(x).__name__ for x in loaded], loaded[1].done)
    print(reduce(lambda acc, it: acc | it.tags, loaded, frozenset()) == {"docs", "release", "ci", "tests"})
    try:
        loaded[0].extra = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        loaded[0].done = "yes"
    except TypeError as e:
        print("TypeError:", e)
    print(Task.__slots__, Release.__mro__[1].__name__, hasattr(loaded[0], "__dict__"), sorted(REGISTRY))
    try:
        Item.from_json({"kind": "epic", "title": "x"})
    except KeyError as e:
        raise RuntimeError("cannot load the store") from e


if __name__ == "__main__":
    main()
