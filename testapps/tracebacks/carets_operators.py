# Marker lines under a traceback's source line (CPython 3.11): binary operators and subscripts get
# ~ for their operands and ^ for the operator or the [...] part; other operations are marked whole.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc())


class Box:
    def __init__(self):
        self.items = [1, 2]
        self.count = None


a, b, none, text = 1, 2, None, "s"
table = {"k": [10, 20]}
box = Box()


def add(): return a + none
def spaced(): return a   +    none
def parens(): return (a) + none
def tight(): return (a)+ none
def floor(): return a//0
def power(): return none ** 2
def nested(): return a + b * none - 1
def sub1(): return box.items[5]
def sub2(): return table["k"] [ 7 ]
def sub3(): return table["missing"]
def sub4(): return box.items[a + b + 3]
def cmp(): return a < text
def chained_cmp(): return a < b < text
def unary(): return -none
def attr(): return box.missing
def name(): return undefined_name
def display(): return {[]: 1}
def fstring(): return f"{none:>3d}"
def slice_(): return none[1:2]


def aug_name():
    x = none
    x += 1


def aug_sub():
    box.items[7] += 1


def aug_attr():
    box.count += 1


def store_sub():
    box.items[9] = 0


def store_attr():
    none.field = 3


def unpack():
    first, second = [1, 2, 3]


def unpack_method():
    key, value = "a=b=c".split("=")


def whole_line():
    raise ValueError("a statement that is the whole line has no markers")


def assert_expr():
    assert a > b, "a is not bigger"


for f in [add, spaced, parens, tight, floor, power, nested, sub1, sub2, sub3, sub4, cmp, chained_cmp,
          unary, attr, name, display, fstring, slice_, aug_name, aug_sub, aug_attr, store_sub,
          store_attr, unpack, unpack_method, whole_line, assert_expr]:
    show(f)
