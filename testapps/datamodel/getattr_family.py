# getattr/setattr/hasattr/delattr with defaults, errors, non-str names and properties that raise.
class Obj:
    cls_attr = "class"

    def __init__(self):
        self.inst = "instance"

    @property
    def broken(self):
        raise AttributeError("broken inside")

    @property
    def other_error(self):
        raise ValueError("not an attribute error")


o = Obj()
print(getattr(o, "inst"), getattr(o, "cls_attr"), getattr(o, "missing", "default"), getattr(o, "broken", "fallback"))
print(hasattr(o, "inst"), hasattr(o, "missing"), hasattr(o, "broken"))
try:
    hasattr(o, "other_error")
except ValueError as e:
    print(type(e).__name__, e)
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
for args in ((o, 1), (o, 1, 2), (o,)):
    try:
        getattr(*args)
    except TypeError as e:
        print(type(e).__name__, e)
setattr(o, "new", 5)
setattr(o, "with space", "odd")
print(o.new, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "new")
print(hasattr(o, "new"))
try:
    delattr(o, "new")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(Obj, "cls_attr")
    delattr(Obj, "cls_attr")
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(int, "from_bytes")(b"\x01\x00", "big"), getattr("abc", "upper")())
print(getattr(o, "__class__").__name__, getattr(Obj, "__name__"), getattr(None, "x", None))
try:
    getattr([], "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Obj.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.inst = 1
    del o.inst
    o.inst
except AttributeError as e:
    print(type(e).__name__, e)
