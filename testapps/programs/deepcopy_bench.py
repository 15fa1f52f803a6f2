# copy.deepcopy over nested containers, plain objects, dataclasses, custom __deepcopy__ and a shared memo.
import copy
import sys
from dataclasses import dataclass, field

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None


class Cached:
    copies = 0

    def __init__(self, payload):
        self.payload = payload

    def __repr__(self):
        return "Cached(%r)" % (self.payload,)

    def __deepcopy__(self, memo):
        Cached.copies += 1
        return Cached(copy.deepcopy(self.payload, memo))


def make_tree(depth, width):
    root = Node("root")
    level = [root]
    for d in range(depth):
        nxt = []
        for parent in level:
            for w in range(width):
                child = Node("n%d_%d" % (d, w))
                child.parent = parent
                parent.children.append(child)
                nxt.append(child)
        level = nxt
    return root


def make_data(i):
    return {
        "id": i,
        "name": "item-%d" % i,
        "values": [i, i * 2.5, str(i), (i, i + 1), None, True],
        "nested": {"a": [1, 2, {"b": (3, 4)}], "c": {"d": {"e": [i] * 3}}},
        "point": Point(i, -i, ["t%d" % (i % 3)]),
        "frozen": frozenset({i % 5, 7}),
        "raw": b"bytes",
        "cached": Cached([i, {"k": i}]),
    }


def count_nodes(node):
    return 1 + sum(count_nodes(c) for c in node.children)


def main():
    records = [make_data(i) for i in range(200)]
    shared = [1, 2, 3]
    pair = {"left": shared, "right": shared}
    total = 0
    for rnd in range(10 * SCALE):
        copied = copy.deepcopy(records)
        total += copied[rnd % 200]["id"] + len(copied)
        assert copied[5]["point"] == records[5]["point"]
        assert copied[5]["point"] is not records[5]["point"]
        assert copied[5]["nested"] is not records[5]["nested"]
        assert copied[5]["raw"] is records[5]["raw"]
        p2 = copy.deepcopy(pair)
        assert p2["left"] is p2["right"]
    tree = make_tree(4, 4)
    for _ in range(2 * SCALE):
        t2 = copy.deepcopy(tree)
    print("tree nodes", count_nodes(t2), t2.children[1].children[2].name, t2.children[0].parent is t2)
    memo = {}
    a = copy.deepcopy(records[:3], memo)
    b = copy.deepcopy(records[:3], memo)
    print("memo shared", a is b, len(memo) > 0)
    shallow = copy.copy(records[0])
    print("shallow", shallow["values"] is records[0]["values"], shallow is records[0])
    cyc = [1, 2]
    cyc.append(cyc)
    c2 = copy.deepcopy(cyc)
    print("cycle", c2[2] is c2, c2 is not cyc)
    print("total", total)
    print("custom copies", Cached.copies)
    print(copy.deepcopy(records[7]))


main()
