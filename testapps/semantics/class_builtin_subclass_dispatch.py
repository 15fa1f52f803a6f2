# Subclasses of builtins: which operations consult overridden dunders and which use the base storage.
class LoudList(list):
    def __getitem__(self, i):
        return ("loud", super().__getitem__(i))

    def __len__(self):
        return 99

    def __iter__(self):
        return iter(["iterated"])


ll = LoudList([1, 2, 3])
print(ll[0], len(ll), list(ll), [x for x in ll], sorted(ll), ll == [1, 2, 3])
print(ll.index(2), ll.count(1), str(ll), 2 in ll)


class DefaultDict(dict):
    def __missing__(self, key):
        return f"missing {key}"


dd = DefaultDict(a=1)
print(dd["a"], dd["zzz"], dd.get("zzz"), "zzz" in dd, len(dd))


class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


ud = UpperDict()
ud["x"] = 1
ud.update(y=2)
ud.setdefault("z", 3)
print(sorted(ud.items()), UpperDict(w=4))


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    def __repr__(self):
        return f"Money({int(self)})"


m = Money(5)
print(m + 1, 1 + m, m * 2, sum([m, m]), type(sum([m, m], Money(0))).__name__)


class RInt(int):
    def __radd__(self, other):
        return "RInt.__radd__"


print(1 + RInt(2), RInt(2) + 1, 1.5 + RInt(2))


class Text(str):
    def __str__(self):
        return "custom str"

    def __len__(self):
        return 0


t = Text("abc")
print(str(t), f"{t}", "%s" % t, len(t), t.upper(), t + "!", print(t) if False else "skip")
print(repr(t), t == "abc", type(t.strip()).__name__)


class Bag(set):
    def add(self, x):
        super().add(x * 10)


b = Bag([1])
b.add(2)
b |= {3}
print(sorted(b), type(b | {4}).__name__, type(b.copy()).__name__)


class Tup(tuple):
    def __getitem__(self, i):
        return "custom"


tp = Tup((1, 2))
a, c = tp
print(tp[0], a, c, list(tp), tp[0:1] if False else "skip")
