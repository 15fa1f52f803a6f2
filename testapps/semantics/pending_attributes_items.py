# Attribute reads and `d[k] op= v` under a handler, whose AttributeError or KeyError the
# handler takes: messages, name/obj, what __getattr__, properties, slots and dict subclasses
# do instead, and the values left behind.
import sys
from collections import defaultdict


class Point:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


class Lazy:
    def __getattr__(self, name):
        if name == "computed":
            return 42
        raise AttributeError(f"no {name} here")


class Node:
    kind = "node"

    def __init__(self, value):
        self.value = value

    @property
    def double(self):
        return self.value * 2

    def read(self):
        try:
            return self.label
        except AttributeError as e:
            return "unlabelled: " + str(e)


def reads(objs):
    out = []
    for o in objs:
        try:
            v = o.value
        except AttributeError as e:
            # (name and obj of an AttributeError raised by __getattr__ are not checked here)
            v = str(e) if isinstance(o, Lazy) else (str(e), e.name, type(e.obj).__name__)
        out.append(v)
        try:
            if o.kind:
                out.append("kind " + o.kind)
        except AttributeError as e:
            out.append(str(e))
    return out


print(reads([Node(3), object(), 5, Node, Lazy(), sys]))


def others():
    out = []
    p = Point()
    for name in ["x", "y"]:
        try:
            v = getattr(p, name)
        except AttributeError as e:
            v = str(e)
        out.append(v)
    try:
        v = p.y
    except AttributeError as e:
        v = str(e)
    out.append(v)
    lazy = Lazy()
    try:
        v = lazy.computed
        w = lazy.other
    except AttributeError as e:
        w = str(e)
    out.append((v, w))
    n = Node(5)
    try:
        out.append(n.double)
        out.append(n.__class__.__name__)
        out.append(sorted(n.__dict__))
    except AttributeError as e:
        out.append(str(e))
    out.append(n.read())
    n.label = "L"
    out.append(n.read())
    return out


print(others())


def count(words):
    counts = {}
    for w in words:
        try:
            counts[w] += 1
        except KeyError as e:
            counts[w] = 1
            print("first", w, repr(e), e.__context__)
    return counts


print(count(["a", "b", "a", ("t", 1), ("t", 1)]))


def totals(pairs, d):
    for k, v in pairs:
        try:
            d[k] += v
        except KeyError:
            d[k] = v * 10
        except TypeError as e:
            print("TypeError:", e)
    return dict(d)


print(totals([("a", 1), ("a", 2), ("b", 3)], {}))
print(totals([("a", 1), ("a", 2)], defaultdict(int)))
print(totals([("a", "x"), ("a", 2)], {}))


class Missing(dict):
    def __missing__(self, key):
        return 100


print(totals([("a", 1), ("a", 2)], Missing()))


def lists():
    l = [1, 2]
    out = []
    for k in [0, 1, 2, -3]:
        try:
            l[k] += 10
        except IndexError as e:
            out.append(str(e))
    out.append(l)
    return out


print(lists())


def nested(d):
    # The target's read raises in a function without a handler: the caller takes it.
    d["n"] += 1
    return d


try:
    nested({})
except KeyError as e:
    print("caller got", repr(e), e.__traceback__.tb_next.tb_lineno)
