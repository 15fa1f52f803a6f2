"""Compare two config snapshots: unified diff, similarity, nested structure report, then a hard failure."""
import argparse
import copy
import difflib
import json
import pprint
import reprlib
import sys
import tomllib
from collections import deque
from functools import lru_cache, partial
from itertools import zip_longest, chain, islice

OLD = """
[server]
host = "0.0.0.0"
port = 8080
workers = 4

[db]
url = "postgres://db/app"
pool = { min = 1, max = 10 }

[features]
enabled = ["search", "export", "beta-ui"]
"""

NEW = """
[server]
host = "0.0.0.0"
port = 9090
workers = 8
keepalive = 30

[db]
url = "postgres://db/app2"
pool = { min = 2, max = 10 }

[features]
enabled = ["search", "export", "audit"]
rollout = 0.25
"""


def flatten(d, prefix=""):
    for k, v in sorted(d.items()):
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v


@lru_cache(maxsize=None)
def similarity(a, b):
    return round(difflib.SequenceMatcher(None, a, b).ratio(), 4)


def build_parser():
    p = argparse.ArgumentParser(prog="cfgdiff", description="Compare configs.")
    p.add_argument("--context", "-n", type=int, default=2, metavar="N")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--pretty", action="store_true")
    p.add_argument("--ignore", action="append", default=[])
    p.add_argument("--level", choices=["info", "strict"], default="info")
    return p


def main(argv):
    parser = build_parser()
    args = parser.parse_args(argv)
    print(vars(args))
    old_lines = OLD.strip().splitlines(keepends=True)
    new_lines = NEW.strip().splitlines(keepends=True)
    sys.stdout.writelines(difflib.unified_diff(old_lines, new_lines, "old.toml", "new.toml", n=args.context))
    print()
    print("".join(difflib.ndiff(["port = 8080\n"], ["port = 9090\n"])), end="")
    print(list(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], lineterm="\n"))[:4])
    old, new = tomllib.loads(OLD), tomllib.loads(NEW)
    fo, fn = dict(flatten(old)), dict(flatten(new))
    for key in sorted(fo.keys() | fn.keys()):
        if key in args.ignore:
            continue
        a, b = fo.get(key, "<absent>"), fn.get(key, "<absent>")
        if a != b:
            print(f"{key:<22} {a!r:>22} -> {b!r}  sim={similarity(str(a), str(b))}")
    print(similarity.cache_info())
    print(difflib.get_close_matches("workrs", fn.keys() | {"server.workers"}, n=2, cutoff=0.5))
    sm = difflib.SequenceMatcher(a="release-2024-01", b="release-2024-02b")
    print(sm.get_matching_blocks()[:2], [op for op in sm.get_opcodes() if op[0] != "equal"])
    merged = copy.deepcopy(old)
    merged["server"].update(new["server"])
    merged["features"]["enabled"] = sorted(set(old["features"]["enabled"]) | set(new["features"]["enabled"]))
    print(old["server"]["port"], merged["server"]["port"])
    pprint.pprint(merged, width=60, sort_dicts=False)
    print(pprint.pformat(list(range(30)), compact=True, width=50))
    r = reprlib.Repr()
    r.maxlist = 3
    r.maxstring = 12
    print(r.repr(list(range(100))), r.repr("x" * 50), reprlib.repr(set(range(20))))
    window = deque(maxlen=3)
    for line in chain(old_lines, new_lines):
        window.append(len(line))
    print(list(window), list(islice(zip_longest("ab", "xyz", fillvalue="-"), 3)))
    as_json = json.dumps(merged, indent=1, separators=(",", ": "), ensure_ascii=False)
    print(len(as_json.splitlines()), json.loads(as_json) == merged)
    check = partial(enforce, strict=args.level == "strict")
    check(fo, fn)


def enforce(old, new, strict):
    removed = sorted(set(old) - set(new))
    print("removed keys:", removed, "strict:", strict)
    changed = {k for k in old.keys() & new.keys() if old[k] != new[k]}
    if strict and changed:
        raise SystemExit(f"refusing: {len(changed)} changed keys")
    if new["db.pool.min"] > new["server.workers"] / 8:
        raise ValueError(f"pool.min {new['db.pool.min']} too high for {new['server.workers']} workers")


for argv in (["--json", "--pretty"], ["--level", "loud"], ["-n", "x"]):
    try:
        build_parser().parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = sys.stdout
main(["-n", "1", "--ignore", "features.rollout", "--pretty"])
