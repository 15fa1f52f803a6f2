# Sequence patterns with star (strings excluded, iterators excluded), mapping rest and key rules.
import collections


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [first, *_, last] if first == last:
            return f"same ends {first!r}"
        case [first, *middle, last]:
            return f"{first!r} {middle} {last!r}"


for v in ([], [1], (2,), [1, 2, 1], [1, 2, 3, 4], "abc", b"ab", bytearray(b"x"), range(3),
          collections.deque([5, 6]), iter([1]), {1: 2}, memoryview(b"zz")):
    print(type(v).__name__, seq(v))


def star_pos(v):
    match v:
        case [*head, 0]:
            return f"ends with 0 after {head}"
        case [1, *rest]:
            return f"starts with 1 then {rest}"
        case [*all_]:
            return f"all {all_}"


print(star_pos([3, 4, 0]), star_pos([1, 9]), star_pos((7,)), star_pos([0]))


def maps(v):
    match v:
        case {"a": 1, **rest}:
            return f"a=1 rest={rest}"
        case {"b": _, "c": _}:
            return "b and c"
        case {1: x, 2.0: y}:
            return f"number keys {x} {y}"
        case {}:
            return f"any mapping, {len(v)} keys"


print(maps({"a": 1, "z": 2}), maps({"b": 0, "c": 0, "d": 0}), maps({1: "one"}), maps({}), maps([]))
print(maps({True: "t", 2: "two"}), maps({1.0: "f", 2: "two"}))
print(maps(collections.OrderedDict(a=1)), maps(collections.defaultdict(int)))


class LoggingDict(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)

    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)


match LoggingDict(a=1, b=2):
    case {"a": 1, **rest}:
        print("rest is", type(rest).__name__, rest)


class DefaultMissing(collections.defaultdict):
    pass


dm = DefaultMissing(list)
match dm:
    case {"x": []}:
        print("defaultdict created a key?")
    case _:
        print("no match, keys", list(dm))

class Keys:
    A = "a"
    ALSO_A = "a"


try:
    match {"a": 1}:
        case {Keys.A: 1, Keys.ALSO_A: 2}:
            pass
except ValueError as e:
    print(type(e).__name__, e)

point = (1, (2, 3))
match point:
    case (a, (b, c)) as whole:
        print(a, b, c, whole)

match [1, [2, [3, [4]]]]:
    case [_, [_, [_, [deep]]]]:
        print("deep", deep)

match (1, 2, 3):
    case [1, *rest] if len(rest) == 2:
        print("tuple matched list pattern", rest, type(rest).__name__)
