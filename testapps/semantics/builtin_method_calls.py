# Method calls on builtin objects (d.get(k, 0), s.strip(","), s.split(), xs.pop()...) take a
# direct path when the object's type is the builtin itself; subclasses overriding or shadowing
# the method, keyword arguments, wrong arities and odd arguments still behave as in CPython.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# --- dict.get / pop / setdefault at each arity
d = {"a": 1, "b": 2}
show(lambda: d.get("a"))
show(lambda: d.get("zz"))
show(lambda: d.get("zz", 0))
show(lambda: d.get())
show(lambda: d.get("a", 1, 2))
show(lambda: d.get("a", default=3))
show(lambda: d.get([]))
show(lambda: d.pop("a"))
show(lambda: d.pop("a"))
show(lambda: d.pop("a", "gone"))
show(lambda: d.pop())
show(lambda: d.setdefault("c"))
show(lambda: d.setdefault("e", 5))
show(lambda: d.setdefault("e", 6))
show(lambda: d.setdefault())
print(d)


# Keys whose class defines __hash__ and __eq__: the lookup asks them.
class Key(str):
    def __hash__(self):
        return hash(self.lower())

    def __eq__(self, other):
        return str.lower(self) == str.lower(other)


k = {Key("Word"): 1}
show(lambda: k.get(Key("WORD"), 0))
show(lambda: k.get("word", 0))
w = "wo" + "rd"
show(lambda: k.get(w, "absent"))


class Counter(dict):
    def get(self, key, default=None):
        return ("overridden", key, default)


c = Counter(x=1)
show(lambda: c.get("x"))
show(lambda: c.get("x", 0))


class Missing(dict):
    def __getitem__(self, key):
        return "item " + key


m = Missing(a=1)
show(lambda: m.get("a"))
show(lambda: m.get("b", 7))
show(lambda: m["b"])

# An instance attribute named like the method shadows it on a subclass instance.
sub = Counter()
sub.__dict__["get"] = lambda *a: "shadow"
show(lambda: sub.get("x"))

# The method taken as a value and called unbound.
g = d.get
show(lambda: g("c", "dflt"))
show(lambda: g("zzz", "dflt"))
show(lambda: dict.get(d, "e"))
show(lambda: dict.get(d, "q", 9))
show(lambda: dict.get("notadict", 1))


# --- str.strip / lstrip / rstrip
s = ",.Hello, World.,"
show(lambda: s.strip(",."))
show(lambda: s.lstrip(",."))
show(lambda: s.rstrip(",."))
show(lambda: "  pad \t\n".strip())
show(lambda: "  pad ".strip(None))
show(lambda: "xxpadxx".strip("x"))
show(lambda: s.strip(1))
show(lambda: s.strip(",", "."))
show(lambda: s.strip(chars=","))
show(lambda: "\u3000\x85wide\xa0".strip())


class Shouty(str):
    def strip(self, chars=None):
        return "SHOUT " + str.strip(self, chars).upper()

    def lower(self):
        return "never lower"


t = Shouty("  quiet  ")
show(lambda: t.strip())
show(lambda: t.lower())
show(lambda: t.upper())
show(lambda: type(t.split()[0]).__name__)

# --- str.split without and with arguments
show(lambda: "  a  b\tc\nd  ".split())
show(lambda: "".split())
show(lambda: "   ".split())
show(lambda: "one".split())
show(lambda: "a,b,,c".split(","))
show(lambda: "a b c".split(None, 1))
show(lambda: "a b c".rsplit(None, 1))
show(lambda: "  a b c ".rsplit())
show(lambda: "a b".split(1))
show(lambda: "a b".split(""))
show(lambda: "a b".split(sep=None, maxsplit=0))
show(lambda: "a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g\u2028h\u3000i\x0bj\x0ck".split())
show(lambda: "x\U0001F600y z\U0001F600".split())
# Texts longer than one scanning block, with words across the block edges.
long_text = " ".join("w%d" % i for i in range(40)) + "  end"
parts = long_text.split()
print(len(parts), parts[:3], parts[-3:])
for width in range(28, 37):
    text = "a" * width + " " + "b" * (64 - width) + "\u00e9 c"
    print(width, [len(p) for p in text.split()])
ragged = ("word " * 7 + "\t") * 9 + "tail"
print(len(ragged.split()), ragged.split()[-2:])
nonascii = ("caf\u00e9 na\u00efve\u2003r\u00e9sum\u00e9 " * 5).split()
print(len(nonascii), nonascii[:4])

# --- list.pop / insert
xs = [1, 2, 3]
show(lambda: xs.pop())
show(lambda: xs.pop(0))
show(lambda: xs.pop(5))
show(lambda: xs.pop("a"))
show(lambda: [].pop())
show(lambda: [].pop("a"))
show(lambda: xs.pop(1, 2))
show(lambda: xs.insert(0, "first"))
show(lambda: xs.insert(1))
show(lambda: xs.insert("a", 1))
print(xs)

# --- set.add, list.append with wrong arities
st = set()
show(lambda: st.add(1))
show(lambda: st.add())
show(lambda: st.add([]))
show(lambda: xs.append())
show(lambda: xs.append(1, 2))
print(st, xs)

# Builtin types cannot be patched, so the direct path stays right.
try:
    str.strip = lambda self: "patched"
except Exception as e:
    print(type(e).__name__, e)
print("  still  ".strip())

# --- for loops over o.split(): the same words, whatever o is
line = "the  quick\tbrown fox " * 3
for word in line.split():
    line = "rebinding does not change the loop"
    print(word, end=" ")
print()
for word in Shouty(" shouting  words ").split():
    print(repr(word), type(word).__name__)
for piece in b"bytes  split too".split():
    print(piece)


class Splitter:
    def split(self):
        return iter(["custom", "split"])


for piece in Splitter().split():
    print(piece)
for piece in "".split():
    print("never")
for piece in "\u3000lone\u2003".split():
    print(piece)
words = "x y z"
for i, w in enumerate(words.split()):
    print(i, w)
try:
    for piece in (5).split():
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    for piece in None.split():
        pass
except Exception as e:
    print(type(e).__name__, e)
