# pprint sorts dict items and set members by key; keys of mixed or user types take the fallback
# order (by type name, then id), keys all str or all int the plain order.
import pprint


class Key(str):
    def __lt__(self, other):
        print("Key.__lt__", str(self), str(other))
        return str.__lt__(self, other)


class Big(int):
    pass


print(pprint.pformat({"b": 1, "a": 2, "c": [3, 4], "aa": {"z": 1, "y": 2}}, width=20))
print(pprint.pformat({3: "c", 1: "a", -2: "b", 10**30: "big", 2**63: "c"}, width=30))
print(pprint.pformat({Key("b"): 1, Key("a"): 2, "c": 3}, width=10))
print(pprint.pformat({Big(3): 1, 1: 2, Big(2): 3}, width=10))
print(pprint.pformat({True: 1, 0: 2, 5: 3}, width=10))
print(pprint.pformat({1.5: "f", 1: "i", 0.5: "g"}, width=10))
print(pprint.pformat({"x": 1, 2: "two"}, width=10).replace("\n", " | "))
print(pprint.pformat({None: 1, "a": 2}, width=10).replace("\n", " | "))
print(pprint.pformat({"a": 1, "b": 2}, width=10, sort_dicts=False))
print(pprint.pformat(set("hello world"), width=20))
print(pprint.pformat(frozenset(range(20, 0, -3)), width=20))
print(pprint.pformat({"b", "a", Key("c")}, width=10))
print(pprint.saferepr({"b": {3, 1, 2}, "a": frozenset({"y", "x"})}))
print(pprint.saferepr({(2, 1): 1, (1, 2): 2}))


class Pairs(dict):
    def items(self):
        return [("b", 1), ("a", 2), ("a", 0), ("c", 3)]


print(pprint.pformat(Pairs(x=1), width=10))


class Unsorted(dict):
    def items(self):
        return iter([(2, "two"), (1, "one")])


print(pprint.pformat(Unsorted(x=1), width=10))


class Members(set):
    def __iter__(self):
        return iter(["b", "a", "b"])


print(pprint.pformat(Members({1}), width=10))
print(pprint.pformat({"k%d" % i: list(range(i)) for i in range(12, 0, -1)}, width=40))
