from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(tuple(TopologicalSorter(graph).static_order()))
graph = {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add("x")
print(list(ts.static_order()))
print(list(TopologicalSorter({}).static_order()))
for g in ({1: [2], 2: [3], 3: [1]}, {"a": ["a"]}, {1: [2], 2: [1], 3: [4]}, {0: [1], 1: [2], 2: [3], 3: [1]}):
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError), str(e))

ts = TopologicalSorter({"compile": ["fetch"], "test": ["compile"], "docs": ["fetch"], "release": ["test", "docs"]})
ts.prepare()
while ts:
    ready = ts.get_ready()
    print("ready", ready, ts.is_active())
    for node in sorted(ready):
        ts.done(node)
print(ts.is_active(), bool(ts), ts.get_ready())

ts = TopologicalSorter()
for call in (ts.get_ready, ts.is_active, lambda: ts.done(1)):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
ts.add(1)
ts.add(2, 1)
ts.prepare()
for call in (ts.prepare, lambda: ts.add(3), lambda: ts.done(9), lambda: ts.done(2)):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(ts.get_ready())
ts.done(1)
try:
    ts.done(1)
except ValueError as e:
    print(type(e).__name__, e)
print(ts.get_ready(), TopologicalSorter[int])
try:
    TopologicalSorter({1: [[2]]})
except TypeError as e:
    print(type(e).__name__, e)
