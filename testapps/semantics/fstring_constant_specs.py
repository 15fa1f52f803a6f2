# f-string fields with literal format specs (parsed once per site) for int, float, str, bool,
# subclasses and user classes with __format__, plus the errors bad specs raise.

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Money(int):
    def __format__(self, spec):
        return "$" + format(int(self), spec)


class Plain(int):
    pass


class Meters(float):
    def __format__(self, spec):
        return format(float(self), spec) + "m"


class PlainFloat(float):
    def __str__(self):
        return "PF"


class Tag(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        seen.append(spec)
        return f"({self.x:{spec}}, {self.y:{spec}})"


class NoFormat:
    pass


seen = []
for x in [0, 7, -7, 12345678, -12345678, 2**63, -(2**63) - 1, 2**100]:
    print(f"{x:>12}|{x:<12}|{x:^12}|{x:=+12}|{x:012}|{x:,}|{x:_}|{x:+,}|{x: d}")
    print(f"{x:#x}|{x:#X}|{x:#o}|{x:#b}|{x:_x}|{x:#_b}|{x:x}|{x:08x}|{x:n}")
    print(f"{x:012,}|{x:*^20,}|{x:e}|{x:.2f}|{x:%}|{x:g}")
for v in [0.0, -0.0, 1.5, -1.5, 3.14159265358979, 1e16, 1.234e-7, 123456789.125, float("inf"), float("-inf"), float("nan")]:
    print(f"{v:.3f}|{v:10.2e}|{v:>10}|{v:<10}|{v:+}|{v: }|{v:,.2f}|{v:_}|{v:z.1f}|{v:g}|{v:.0f}|{v:#.0f}")
    print(f"{v:010.3f}|{v:=+12.1f}|{v:^12.4g}|{v:%}|{v:.1%}|{v:E}|{v:G}|{v:#g}|{v:.3}|{v:n}")
for s in ["", "abc", "hello world", "日本語", "a\U0001F600b"]:
    print(f"[{s:>10}][{s:<10}][{s:^11}][{s:*^9}][{s:.2}][{s:5.1}][{s!r:>12}][{s!a:<16}][{s!s:3}]")
for b in [True, False]:
    print(f"[{b}][{b:}][{b:d}][{b:>6}][{b:<}][{b:x}][{b:.1f}][{b!s:>6}][{b!r:^7}]")
print(f"{Money(5):>4}|{Money(-12):+}|{Plain(42):>6}|{Plain(7):x}|{Plain(3):}")
print(f"{Meters(2.5):.2f}|{PlainFloat(1.25):.1f}|{PlainFloat(1.25):}|{PlainFloat(2.0):>6}")
print(f"{Tag('ab'):>5}|{Tag('cd'):}|{Tag('x')!r:>6}")
print(f"{Point(1, 2):>4}|{Point(3.5, -1.25):.2f}")
print(seen)
for w in [1, 5, 9]:
    for p in [0, 2]:
        print(f"[{3.14159:{w}.{p}f}][{'ab':>{w}}][{42:0{w}d}][{-5:{'+' if p else ' '}{w}}]")

show("bad int spec", lambda: f"{5:abc}")
show("unknown int code", lambda: f"{5:q}")
show("unknown float code", lambda: f"{5.0:d}")
show("unknown str code", lambda: f"{'s':d}")
show("sign on str", lambda: f"{'s':+}")
show("alt on str", lambda: f"{'s':#}")
show("= on str", lambda: f"{'s':=5}")
show("comma on str", lambda: f"{'s':,}")
show("precision on int", lambda: f"{5:.2}")
show("both separators", lambda: f"{5:,_}")
show("comma with x", lambda: f"{5:,x}")
show("comma with n", lambda: f"{5:,n}")
show("missing precision", lambda: f"{1.5:.f}")
show("z on int", lambda: f"{5:z}")
show("c with sign", lambda: f"{65:+c}")
show("c", lambda: f"{65:c}|{0x1F600:>3c}")
show("c range", lambda: f"{-1:c}")
show("bool unknown", lambda: f"{True:s}")
show("int subclass unknown", lambda: f"{Plain(3):s}")
show("float subclass bad", lambda: f"{PlainFloat(3.0):d}")
show("object with spec", lambda: f"{NoFormat():>5}")
show("none with spec", lambda: f"{None:>5}")
show("list with spec", lambda: f"{[1]:>5}")
show("bad conversion result", lambda: f"{Point(1, 2)!r:>5}"[:9])
show("huge width", lambda: f"{5:99999999999999999999}")
show("str subclass unknown", lambda: f"{Tag('x'):d}")


class PlainStr(str):
    pass


show("plain str subclass unknown", lambda: f"{PlainStr('x'):d}")
show("plain str subclass", lambda: f"{PlainStr('xy'):>4}|{PlainStr('xy'):}")
show("same site, many types", lambda: [f"{v:>6}" for v in (1, 2.5, "s", True, Plain(4), Money(3), Tag("t"), None)])
