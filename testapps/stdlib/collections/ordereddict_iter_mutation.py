# An OrderedDict changed while iterated: CPython's odict_iterator notices a key added, deleted or
# moved ("mutated", then stops), a clear() alone ("changed size", at every later step), nothing once
# the last key was given; moves of the key already at that end and value stores are no change.
from collections import OrderedDict

def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def add_mid():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k in od:
        seen.append(k)
        if k == "a":
            od["z"] = 1
    return seen

def add_last():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k in od:
        seen.append(k)
        if k == "c":
            od["z"] = 1
    return seen

def del_mid():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k in od:
        seen.append(k)
        if k == "a":
            del od["c"]
    return seen

def move_mid():
    od = OrderedDict.fromkeys("abcd")
    seen = []
    for k in od:
        seen.append(k)
        if k == "a":
            od.move_to_end("b")
    return seen

def move_front():
    od = OrderedDict.fromkeys("abcd")
    seen = []
    for k in od:
        seen.append(k)
        if k == "b":
            od.move_to_end("d", last=False)
    return seen

def set_existing():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k in od:
        seen.append(k)
        od[k] = 5
    return seen, list(od.values())

def add_then_del():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k in od:
        seen.append(k)
        if k == "a":
            od["z"] = 1
            del od["z"]
    return seen

def rev_add():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k in reversed(od):
        seen.append(k)
        if k == "c":
            od["z"] = 1
    return seen

def rev_del():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k in reversed(od):
        seen.append(k)
        if k == "c":
            del od["a"]
    return seen

def items_add():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k, v in od.items():
        seen.append(k)
        if k == "a":
            od["z"] = 1
    return seen

def values_del():
    od = OrderedDict.fromkeys("abc", 0)
    seen = []
    for v in od.values():
        seen.append(v)
        if len(seen) == 1:
            od.popitem()
    return seen

def rev_items_move():
    od = OrderedDict.fromkeys("abcd")
    seen = []
    for k, v in reversed(od.items()):
        seen.append(k)
        if k == "d":
            od.move_to_end("a")
    return seen

def clear_mid():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k in od:
        seen.append(k)
        od.clear()
    return seen

def sub_add():
    class OD(OrderedDict):
        pass
    od = OD.fromkeys("abc")
    seen = []
    for k in od:
        seen.append(k)
        if k == "b":
            od["q"] = 2
    return seen

for f in [add_mid, add_last, del_mid, move_mid, move_front, set_existing, add_then_del, rev_add, rev_del, items_add, values_del, rev_items_move, clear_mid, sub_add]:
    attempt(f.__name__, f)

def show(label, fn):
    try:
        print(label, fn())
    except (RuntimeError, KeyError, TypeError, StopIteration) as e:
        print(label, type(e).__name__, e)

def steps(it, n=4):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append("stop")
        except RuntimeError as e:
            out.append(str(e))
    return out

def clear_sticky():
    od = OrderedDict.fromkeys("abc")
    it = iter(od)
    next(it)
    od.clear()
    return steps(it)

def clear_twice():
    od = OrderedDict.fromkeys("abc")
    it = iter(od)
    next(it)
    od.clear(); od.clear()
    return steps(it)

def add_then_clear():
    od = OrderedDict.fromkeys("abc")
    it = iter(od)
    next(it)
    od["x"] = 1
    od.clear()
    return steps(it)

def clear_then_add():
    od = OrderedDict.fromkeys("abc")
    it = iter(od)
    next(it)
    od.clear()
    od["a"] = 1
    return steps(it)

def mutated_then_stop():
    od = OrderedDict.fromkeys("abc")
    it = iter(od)
    next(it)
    od["x"] = 1
    return steps(it)

def exhausted_then_mutated():
    od = OrderedDict.fromkeys("ab")
    it = iter(od)
    a = [next(it), next(it)]
    od["x"] = 1
    return a + steps(it, 2)

def move_last_during():
    od = OrderedDict.fromkeys("abcd")
    seen = []
    for k in od:
        seen.append(k)
        od.move_to_end("d")
        od.move_to_end("a", last=False)
    return seen

def move_equal_key():
    od = OrderedDict([(1, "x"), (2, "y")])
    seen = []
    for k in od:
        seen.append(k)
        od.move_to_end(2.0)
        od.move_to_end(1.0, last=False)
    return seen

def values_see_updates():
    od = OrderedDict.fromkeys("abc", 0)
    out = []
    for v in od.values():
        out.append(v)
        od["c"] = 9
    return out

def reversed_views():
    od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
    od.move_to_end("a")
    return list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items()))

def type_names():
    od = OrderedDict(a=1)
    return [type(x).__name__ for x in (iter(od), reversed(od), iter(od.keys()), iter(od.values()), iter(od.items()), reversed(od.items()))]

def empty_iter():
    od = OrderedDict()
    it = iter(od)
    od["a"] = 1
    return steps(it, 2)

def popfirst_during():
    od = OrderedDict.fromkeys("abcd")
    seen = []
    for k in od:
        seen.append(k)
        if k == "b":
            od.popitem(last=False)
    return seen

def subclass_iter():
    class Rev(OrderedDict):
        def __iter__(self):
            return reversed(list(super().__iter__()))
    od = Rev.fromkeys("abc")
    return list(od), [k for k in od]

def move_empty_unhashable():
    OrderedDict().move_to_end([])

def move_missing_unhashable():
    OrderedDict(a=1).move_to_end([])

def del_readd_same_size():
    od = OrderedDict.fromkeys("abc")
    seen = []
    for k in od:
        seen.append(k)
        if k == "a":
            del od["b"]
            od["b"] = None
    return seen, list(od)

def items_pairs():
    od = OrderedDict([("x", 1), ("y", 2)])
    return [(k, v) for k, v in od.items()], dict(od), list(od), sorted(od), {**od}

def lru():
    od = OrderedDict()
    for i in range(50):
        od[i % 7] = i
        od.move_to_end(i % 3, last=False) if (i % 3) in od else None
        if len(od) > 5:
            od.popitem(last=False)
    return list(od.items())

for f in [clear_sticky, clear_twice, add_then_clear, clear_then_add, mutated_then_stop, exhausted_then_mutated,
          move_last_during, move_equal_key, values_see_updates, reversed_views, type_names, empty_iter,
          popfirst_during, subclass_iter, move_empty_unhashable, move_missing_unhashable, del_readd_same_size,
          items_pairs, lru]:
    show(f.__name__, f)
