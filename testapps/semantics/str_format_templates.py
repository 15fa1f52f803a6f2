# str.format with cached templates: the same template used again, positional, numbered and
# keyword fields, attributes and items, conversions, nested specs, and the errors, raised after
# the fields before them were formatted.

class Loud:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        print("formatting", self.name, repr(spec))
        return self.name.upper()

    def __str__(self):
        return "Loud(" + self.name + ")"


class Money(int):
    def __format__(self, spec):
        return "$" + format(int(self), spec)


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for i in range(3):
    print("{} items at {} each: {}".format(i, 1.5 * i, "name"))
    print("{0}-{1}-{0}|{1:>5}|{0!r:^9}".format("ab", i))
    print("{:>8} {:.2f} {:+,} {:x} {:#o}".format(i * 1000, i * 0.5, -i * 123456, i + 250, i))
    print("{name}={value:08.3f} {name!r}".format(name="k%d" % i, value=i / 3))
    print("{0[1]} {0[0]:>3} {1.real} {1.imag:.1f} {2[k]}".format([i, i + 1], complex(i, 2), {"k": "v"}))
    print("{:{}}|{:>{w}}|{:{fill}^{w}}".format(i, 4, "x", "y", w=5, fill="*"))
    print("{!s:>4}|{!a}|{:}|{}".format(True, "é", False, None))
    print("{{}} {{{}}} }}{{".format(i))
print("{}".format(Money(5)), "{:>4}".format(Money(5)), "{:d}".format(True), "{}".format(True))
print("{:>6}".format(2**70), "{:,}".format(-2**70), "{:.3e}".format(2**70))
print("{0:{1}{2}}".format(3.25, ">", 8))
print("no fields".format(1, 2), "".format())
print("{a}{b}".format_map({"a": 1, "b": [2]}))

show("single }", lambda: "ab}".format())
show("single {", lambda: "ab{".format())
show("unclosed", lambda: "{0".format(1))
show("unclosed nested", lambda: "{0:{1}".format(1, 2))
show("auto then manual", lambda: "{}{1}".format(1, 2))
show("manual then auto", lambda: "{0}{}".format(1, 2))
show("index range", lambda: "{5}".format(1))
show("auto range", lambda: "{}{}".format(1))
show("missing key", lambda: "{x}".format(y=1))
show("bad conversion", lambda: "{0!x}".format(1))
show("conversion end", lambda: "{0!}".format(1))
show("conversion colon", lambda: "{0!rx}".format(1))
show("empty attribute", lambda: "{0.}".format(1))
show("missing ]", lambda: "{0[1}".format([1, 2]))
show("after ]", lambda: "{0[0]x}".format([1]))
show("bad spec", lambda: "{:abc}".format(5))
show("unknown code", lambda: "{:q}".format(5.0))
show("recursion", lambda: "{:{:{}}}".format(1, 2, 3))
show("later error after side effect", lambda: "{} {".format(Loud("a")))
show("error after field", lambda: "{}{x}".format(Loud("b")))
show("spec passed", lambda: "{:>7}|{!s:<3}".format(Loud("c"), Loud("d")))
show("format_map missing", lambda: "{a}{b}".format_map({"a": 1}))

# Where a field ends and which error a malformed template raises.
for template in ["{0", "{", "a{", "{0:{1}", "{0!}", "{0!}x", "{0!}}", "{0!r", "{0!", "{0[", "{0[1}",
                 "{0[1}]}", "{0[}", "{:{:{}}}", "{:{}}", "{:{:}}", "{0:{1:{2}}}", "{0:}}", "{0:{{}}}",
                 "}", "{0}}", "{!r}", "{0!rr}", "{0:{1!r}}", "{{0}", "{0[1]", "{[}", "{0.x[}", "{a{}",
                 "{0[a:b!c}]}", "x}}y{{z", "{{}}{{", "{0!r:}", "{0:}", "{ 0}", "{-1}"]:
    for attempt in range(2):
        show(repr(template), lambda: template.format(1, 2, 3, **{"0[a:b!c}]": 4, " 0": 5, "-1": 6}))
