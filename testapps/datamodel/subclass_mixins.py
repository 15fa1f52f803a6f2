# Subclasses of builtins with mixins later in the MRO: a dunder the builtin defines wins,
# one it does not define comes from the mixin (CPython's slot inheritance).


class Show:
    def __str__(self):
        return "Show.__str__"

    def __repr__(self):
        return "Show.__repr__"

    def __format__(self, spec):
        return "Show.__format__(" + spec + ")"


class Seq:
    def __len__(self):
        return 3

    def __iter__(self):
        return iter(["a", "b", "c"])

    def __contains__(self, item):
        return item == "magic"

    def __getitem__(self, i):
        return "item%s" % (i,)

    def __bool__(self):
        return False


class Cmp:
    def __eq__(self, other):
        return "Cmp.__eq__"

    def __lt__(self, other):
        return "Cmp.__lt__"

    def __hash__(self):
        return 42

    def __call__(self, *args):
        return ("called", args)


class Num:
    def __add__(self, other):
        return "Num.__add__"

    def __matmul__(self, other):
        return "Num.__matmul__"

    def __rmatmul__(self, other):
        return "Num.__rmatmul__"

    def __neg__(self):
        return "Num.__neg__"

    def __index__(self):
        return 7


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# ----- int -----
class IS(int, Show):
    pass


class IQ(int, Seq):
    pass


class IC(int, Cmp):
    pass


class IN(int, Num):
    pass


x = IS(5)
show("int str", lambda: str(x))
show("int repr", lambda: repr(x))
show("int format", lambda: format(x))
show("int format spec", lambda: format(x, "03d"))
show("int fstring", lambda: f"{x}|{x!r}|{x!s}|{x:>4}")
show("int %s", lambda: "%s %r %d" % (x, x, x))
y = IQ(5)
show("int len", lambda: len(y))
show("int list", lambda: list(y))
show("int tuple", lambda: tuple(y))
show("int iter", lambda: [c for c in y])
show("int in", lambda: ("magic" in y, "x" in y))
show("int getitem", lambda: y[1])
show("int bool", lambda: bool(y))
show("int bool zero", lambda: bool(IQ(0)))
show("int not", lambda: not y)
show("int sorted", lambda: sorted(y))
show("int unpack", lambda: (lambda a, b, c: a + b + c)(*y))
z = IC(5)
show("int eq", lambda: z == 5)
show("int lt", lambda: z < 6)
show("int hash", lambda: hash(z))
show("int call", lambda: z(1, 2))
w = IN(5)
show("int add", lambda: w + 1)
show("int matmul", lambda: w @ 1)
show("int rmatmul", lambda: 1 @ w)
show("int neg", lambda: -w)
show("int index", lambda: [10, 20, 30][IN(1)])


# ----- str -----
class SS(str, Show):
    pass


class SQ(str, Seq):
    pass


class SC(str, Cmp):
    pass


class SN(str, Num):
    pass


s = SS("hi")
show("str str", lambda: str(s))
show("str repr", lambda: repr(s))
show("str format", lambda: format(s, "<5"))
show("str fstring", lambda: f"{s}|{s!r}")
q = SQ("hey")
show("str len", lambda: len(q))
show("str list", lambda: list(q))
show("str in", lambda: ("magic" in q, "h" in q))
show("str getitem", lambda: q[0])
show("str bool", lambda: bool(q))
c = SC("a")
show("str eq", lambda: c == "a")
show("str lt", lambda: c < "b")
show("str hash", lambda: hash(c) == hash("a"))
show("str call", lambda: c(3))
n = SN("a")
show("str add", lambda: n + "b")
show("str matmul", lambda: n @ 1)
show("str neg", lambda: -n)


# ----- float -----
class FS(float, Show):
    pass


class FQ(float, Seq):
    pass


class FN(float, Num):
    pass


f = FS(1.5)
show("float str", lambda: str(f))
show("float repr", lambda: repr(f))
show("float format", lambda: format(f))
show("float format spec", lambda: format(f, ".2f"))
show("float len", lambda: len(FQ(1.0)))
show("float list", lambda: list(FQ(1.0)))
show("float in", lambda: "magic" in FQ(1.0))
show("float bool", lambda: bool(FQ(1.0)))
show("float add", lambda: FN(1.0) + 1)
show("float neg", lambda: -FN(1.0))
show("float matmul", lambda: FN(1.0) @ 2)


# ----- tuple -----
class TS(tuple, Show):
    pass


class TQ(tuple, Seq):
    pass


class TC(tuple, Cmp):
    pass


class TN(tuple, Num):
    pass


t = TS((1, 2))
show("tuple str", lambda: str(t))
show("tuple repr", lambda: repr(t))
show("tuple format", lambda: format(t))
show("tuple format spec", lambda: format(t, "x"))
tq = TQ((1, 2))
show("tuple len", lambda: len(tq))
show("tuple list", lambda: list(tq))
show("tuple in", lambda: ("magic" in tq, 1 in tq))
show("tuple getitem", lambda: tq[0])
show("tuple bool", lambda: bool(tq))
tc = TC((1,))
show("tuple eq", lambda: tc == (1,))
show("tuple hash", lambda: hash(tc) == hash((1,)))
show("tuple call", lambda: tc())
show("tuple add", lambda: TN((1,)) + (2,))
show("tuple neg", lambda: -TN((1,)))


# ----- list -----
class LS(list, Show):
    pass


class LQ(list, Seq):
    pass


class LC(list, Cmp):
    pass


class LN(list, Num):
    pass


l = LS([1, 2])
show("list str", lambda: str(l))
show("list repr", lambda: repr(l))
show("list format", lambda: format(l))
lq = LQ([1, 2])
show("list len", lambda: len(lq))
show("list list", lambda: list(lq))
show("list in", lambda: ("magic" in lq, 1 in lq))
show("list getitem", lambda: lq[0])
show("list bool", lambda: bool(lq))
lc = LC([1])
show("list eq", lambda: lc == [1])
show("list hash", lambda: hash(lc))
show("list call", lambda: lc(9))
show("list add", lambda: LN([1]) + [2])
show("list neg", lambda: -LN([1]))


# ----- dict -----
class DS(dict, Show):
    pass


class DQ(dict, Seq):
    pass


class DC(dict, Cmp):
    pass


d = DS(a=1)
show("dict str", lambda: str(d))
show("dict repr", lambda: repr(d))
show("dict format", lambda: format(d))
dq = DQ(a=1)
show("dict len", lambda: len(dq))
show("dict list", lambda: list(dq))
show("dict in", lambda: ("magic" in dq, "a" in dq))
show("dict getitem", lambda: dq["a"])
show("dict bool", lambda: bool(dq))
dc = DC(a=1)
show("dict eq", lambda: dc == {"a": 1})
show("dict hash", lambda: hash(dc))


# ----- deeper hierarchies and mixins first -----
class Base(int):
    pass


class Deep(Base, Show, Seq):
    pass


dp = Deep(3)
show("deep str", lambda: str(dp))
show("deep repr", lambda: repr(dp))
show("deep len", lambda: len(dp))
show("deep list", lambda: list(dp))


class First(Show, int):
    pass


show("first str", lambda: str(First(3)))
show("first repr", lambda: repr(First(3)))


# A mixin that itself derives from object with a __str__ calling super()
class Tagged:
    def __str__(self):
        return "<" + super().__str__() + ">"


class TI(int, Tagged):
    pass


class TT(Tagged, int):
    pass


show("tagged after", lambda: str(TI(4)))
show("tagged before", lambda: str(TT(4)))


# ----- Enum-like patterns -----
class Describe:
    def describe(self):
        return "%s=%d" % (type(self).__name__, int(self))

    def __str__(self):
        return "Describe(%d)" % int(self)


class Color(int, Describe):
    pass


red = Color(1)
show("enumlike describe", lambda: red.describe())
show("enumlike str", lambda: str(red))
show("enumlike fstring", lambda: f"{red}")
show("enumlike format", lambda: format(red, "d"))
show("enumlike repr", lambda: repr(red))
show("enumlike sum", lambda: red + red)

import enum


class Mix:
    def __str__(self):
        return "Mix:" + self.name


class Pri(Mix, enum.IntEnum):
    LOW = 1
    HIGH = 2


show("intenum str", lambda: str(Pri.LOW))
show("intenum format", lambda: format(Pri.HIGH))
show("intenum fstring", lambda: f"{Pri.HIGH}")
show("intenum list", lambda: list(Pri))
