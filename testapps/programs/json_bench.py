# json: dumps with indent/sort_keys/separators/default=, loads with object_hook and parse_float, round trips.
import json
import sys

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class Version:
    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch

    def __repr__(self):
        return "Version(%d, %d, %d)" % (self.major, self.minor, self.patch)


def encode(obj):
    if isinstance(obj, Version):
        return {"__version__": [obj.major, obj.minor, obj.patch]}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError("cannot encode %s" % type(obj).__name__)


def decode(d):
    if "__version__" in d:
        return Version(*d["__version__"])
    return d


def make_doc(i):
    return {
        "name": "package-%d" % i,
        "version": Version(1, i % 10, i % 7),
        "tags": {"t%d" % (i % 4), "common"},
        "deps": [{"name": "dep%d" % j, "optional": j % 2 == 0, "weight": j / 3} for j in range(i % 5)],
        "meta": {"z": None, "a": "caf\u00e9 \u2603", "n": -i, "big": 2 ** 70 + i, "esc": "line\n\ttab\"q\""},
    }


def main():
    docs = [make_doc(i) for i in range(300)]
    total = 0
    for r in range(8 * SCALE):
        pretty = json.dumps(docs, indent=2, sort_keys=True, default=encode)
        compact = json.dumps(docs, separators=(",", ":"), default=encode, ensure_ascii=False)
        back = json.loads(pretty, object_hook=decode)
        back2 = json.loads(compact, object_hook=decode)
        total += len(pretty) + len(compact) + len(back) + back2[r]["version"].minor
    print("total", total)
    print(pretty[:400])
    print(compact[:300])
    print(back[3]["version"], back[3]["tags"], back[3]["deps"])
    print(json.dumps({"b": 1, "a": [1.5, 1e20, float("inf")], "c": (1, 2)}, sort_keys=True))
    print(json.dumps("\u00e9\U0001f600"), json.dumps("\u00e9", ensure_ascii=False))
    print(json.loads('{"x": 1.10, "y": [true, false, null]}', parse_float=str))
    print(json.loads('[1, 2]', parse_int=lambda s: int(s) * 10))
    print(json.dumps([1, [2, {"k": []}], {}], indent="--"))
    for bad in ['{"a": }', '[1, 2', '{"a" 1}', 'nul']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
    try:
        json.dumps({"v": object()})
    except TypeError as e:
        print("TypeError", e)
    try:
        json.dumps({(1, 2): 3})
    except TypeError as e:
        print("TypeError", e)
    print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))


main()
