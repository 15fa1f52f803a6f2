# pprint's shortcut for containers of exact scalars must give way wherever the items would be
# formatted some other way: a subclass or instance replacing format/_safe_repr, container
# subclasses with their own iteration, underscore_numbers, depth limits, recursion.
import pprint


class Loud(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, int) and not isinstance(object, bool):
            return "<%d>" % object, False, False
        return super().format(object, context, maxlevels, level)


class Safe(pprint.PrettyPrinter):
    def _safe_repr(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super()._safe_repr(object, context, maxlevels, level)


class Backwards(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))


class OddItems(dict):
    def items(self):
        return [(k, "odd") for k in self.keys()]


class Plain(list):
    pass


data = {"b": [1, 2, 3], "a": (4.5, None, True), "c": {"z": 1, "y": "two", "x": b"3"}, "d": (7,)}
print(pprint.pformat(data))
print(pprint.pformat(data, sort_dicts=False))
print(pprint.pformat(data, width=20))
print(pprint.pformat({"n": [1234567, 89], "m": {"k": 1000000}}, underscore_numbers=True))
print(pprint.saferepr(data), pprint.isreadable(data), pprint.isrecursive(data))
print(Loud().pformat(data))
print(Safe().pformat(data))
p = pprint.PrettyPrinter()
p.format = lambda obj, ctx, lvl, level: ("X", True, False)
print(p.pformat([1, 2, [3, 4]]))
q = pprint.PrettyPrinter()
q.format = Loud().format
print(q.pformat([5, [6]]))
print(pprint.pformat(Backwards([1, 2, 3])), pprint.saferepr(Backwards([1, 2, 3])))
print(pprint.pformat(OddItems(a=1, b=2)), pprint.saferepr(OddItems(a=1, b=2)))
print(pprint.pformat(Plain([1, 2])), pprint.pformat([Plain([3]), (Plain(),)]))
print(pprint.pformat([[1, 2], [3, [4, [5, [6]]]]], depth=2))
print(pprint.pformat({"a": [1, 2], "b": {"c": (3,)}}, depth=1))
print(pprint.pformat({1: "a", "b": 2, 3.5: None}))
print(pprint.pformat({(1, 2): [3], (0,): []}))
loop = [1, 2]
loop.append(loop)
print(pprint.pformat([loop, [1, 2]]).split(" with ")[0])
print(pprint.isreadable([1, 2.5, "x", None]), pprint.isreadable([1, object()]))
print(pprint.pformat([1e100, -0.0, float("inf"), 1 + 2j, bytearray(b"ab")]))
# Values that cannot be compared, under keys that sort alone.
print(pprint.pformat({"b": [1], "a": {2}, "c": None, "d": object}, width=30))
print(pprint.pformat({3: {"x"}, 1: [2], -2: None, 10**30: 1.5}))
print(pprint.saferepr({"y": {1}, "x": [{}]}))
