# sub/subn with every kind of replacement the native fast path takes or hands back to re.py:
# functions, callable objects, str subclasses, templates, bytes, odd counts and wrong results.
import re


class Caller:
    def __call__(self, m):
        return "<" + m.group() + ">"


class Text(str):
    def __str__(self):
        return "never"


p = re.compile(r"(\d)(x)?")
s = "a1b22c333x"
for repl in [lambda m: m.group(1) * 2, Caller(), Text("#"), "-", "", r"[\1]", r"\g<2>", "\\\\"]:
    for count in [0, 1, 2, -1, True]:
        try:
            print(repr(p.sub(repl, s, count)), p.subn(repl, s, count))
        except Exception as e:
            print(type(e).__name__, e)
for bad in [lambda m: 5, lambda m: b"x", lambda m: None, 3, None]:
    try:
        print(repr(p.sub(bad, s)), re.subn(r"\d", bad, "x1y2"))
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub(rb"\d", lambda m: m.group() * 2, b"a1b2"), re.sub(rb"\d", b"-", b"a1b2"), re.subn(rb"(\d)", rb"<\1>", bytearray(b"a1b2")))
for bad in [lambda m: "x", "x"]:
    try:
        print(re.sub(rb"\d", bad, b"a1"))
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub("a", lambda m: "%d%d" % (m.pos, m.endpos), "bab"), re.sub("", lambda m: "|", "abc"), re.sub("x*", "-", "abxd"))
print(re.sub("(.)", lambda m: m.group(1).upper(), "h\U0001f600llo"), re.sub("l", "\U0001f600", "hello"))
nested = re.compile("o")
print(nested.sub(lambda m: nested.sub("0", "foo") + m.group(), "xoyo"))
try:
    p.sub(lambda m: 1 / 0, s)
except ZeroDivisionError as e:
    print("raised", e)
try:
    p.sub("x", s, count=1.5)
except Exception as e:
    print(type(e).__name__, e)
