# pprint.pformat and reprlib-style saferepr of a few thousand nested records (dicts of lists of
# tuples, sets and strings), as a debugging dump or a report of a data set would print them.
import pprint
import sys

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
RECORDS = 200 * SIZE


def make_record(i):
    return {
        "id": i,
        "name": "record-%05d" % i,
        "tags": sorted({"t%d" % (i % k) for k in (3, 5, 7)}),
        "scores": [round((i * 37 % 101) / 7, 3), (i * 13) % 17, -i],
        "point": (i % 10, i % 7, float(i) / 4),
        "flags": {"active": i % 2 == 0, "level": i % 4, "note": None if i % 3 else "third"},
        "children": [{"k": j, "v": "x" * (j % 5)} for j in range(i % 4)],
        "members": frozenset(range(i % 5)),
    }


def main():
    records = [make_record(i) for i in range(RECORDS)]
    text = pprint.pformat(records, width=100)
    print(len(text), text.count("\n"), sum(map(ord, text[::97])))
    narrow = pprint.pformat(records[:50], width=40, sort_dicts=False)
    print(len(narrow), narrow.count("\n"))
    print(pprint.pformat(records[7], width=60))
    safe = pprint.saferepr(records)
    print(len(safe), sum(map(ord, safe[::89])))
    shallow = pprint.pformat(records, depth=2, compact=True)
    print(len(shallow), shallow.count("..."))
    print(pprint.isreadable(records[:10]), pprint.isrecursive(records))
    loop = {"name": "loop", "items": []}
    loop["items"].append(loop)
    print(pprint.pformat(loop).split(" with ")[0])


main()
