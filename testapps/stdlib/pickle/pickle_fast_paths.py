# The pickler's and unpickler's paths for exact builtins next to their general ones: ints at the
# opcode boundaries, strs (ASCII, Latin-1, astral, lone surrogates, shared one-character strs),
# the memo past 256 entries, batches past 1000 items, builtin subclasses whose append, extend and
# __setitem__ the unpickler must call, recursion through tuples, and bad streams.
import pickle


def show(label, value, protos=range(6)):
    for proto in protos:
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back == value or (back != back and value != value)
        print(label, proto, data if len(data) < 120 else (len(data), data[:60], data[-30:]), "ok" if same else "DIFFERS")


ints = [127, 128, -128, -129, 255, 256, 32767, 32768, -32768, 65535, 65536, 2**31 - 1, -2**31,
        2**31, -2**31 - 1, 2**32, 2**40 + 5, -2**40, 2**55, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
        2**64 - 1, 2**64, -2**64, 2**127, -2**127, 2**2040, -2**2040 - 1, 2**2048]
for i in ints:
    show("int %d bits" % i.bit_length(), i, (1, 2, 4))

strs = ["", "a", "\xe9", "\u20ac", "\U0001f600", "ab\ud800cd", "\udfff", "x" * 255, "x" * 256,
        "caf\xe9" * 70, "\u20ac" * 90, "mixed \U0001f600 and \u20ac", "nul\x00inside"]
for s in strs:
    show("str len %d" % len(s), s, (0, 1, 3, 4))

# One-character Latin-1 strs loaded from separate pickles are one object, as in CPython: a list
# of them pickles with memo references.
loaded = [pickle.loads(pickle.dumps(c)) for c in "aab\xe9\xe9"]
print(pickle.dumps(loaded, 2))
print(pickle.dumps([pickle.loads(pickle.dumps("")) for _ in range(3)], 4))
print(pickle.dumps([pickle.loads(pickle.dumps("ab")) for _ in range(2)], 4))

# bytes repeated once is the same object; the memo sees it.
b = b"xyz"
print(pickle.dumps([b, b * 1, 1 * b], 3), b * 1 is b)
ba = bytearray(b"q")
print(ba * 1 is ba, pickle.dumps([ba, ba * 1], 5))

# The memo past 256 and 65536 entries (BINPUT/LONG_BINPUT, BINGET/LONG_BINGET).
many = ["s%d" % i for i in range(300)]
data = pickle.dumps(many + many[::-1], 2)
print(len(data), data[-40:])
back = pickle.loads(data)
print(back[0] is back[-1], back[299] is back[300], back == many + many[::-1])
big = [[i] for i in range(70000)]
data = pickle.dumps([big, big[::-1]], 3)
back = pickle.loads(data)
print(len(data), back[0][5] is back[1][-6], back[0][69999] is back[1][0])

# Batches of 1000 (APPENDS, SETITEMS, ADDITEMS) and a mark per batch.
for proto in (1, 2, 4):
    for n in (999, 1000, 1001, 2500):
        l = list(range(n))
        d = {i: -i for i in range(n)}
        s = set(range(n))
        dl, dd, ds = pickle.dumps(l, proto), pickle.dumps(d, proto), pickle.dumps(s, proto)
        print(proto, n, len(dl), len(dd), len(ds), dl.count(b"e"), dd.count(b"u"),
              pickle.loads(dl) == l, pickle.loads(dd) == d, pickle.loads(ds) == s)

# Recursion through containers, tuples included.
lst = [1]
tup = (lst, "t")
lst.append(tup)
for proto in range(6):
    data = pickle.dumps(tup, proto)
    t2 = pickle.loads(data)
    print(proto, data, t2[0][1] is t2, t2[0] is t2[0][1][0])
d = {}
d["k"] = (d, [d])
for proto in (2, 4):
    d2 = pickle.loads(pickle.dumps(d, proto))
    print(proto, d2["k"][0] is d2, d2["k"][1][0] is d2)


# Subclasses: the unpickler calls their own append/extend/__setitem__; the pickler writes them
# through __reduce_ex__ (their class by reference).
class LoudList(list):
    def append(self, x):
        print("  append", x)
        super().append(x)

    def extend(self, xs):
        print("  extend", xs)
        super().extend(xs)


class AppendOnly(list):
    extend = None

    def append(self, x):
        print("  append only", x)
        super().append(x)


class LoudDict(dict):
    def __setitem__(self, k, v):
        print("  setitem", k, v)
        super().__setitem__(k, v)


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


for proto in (0, 2, 4):
    print("proto", proto)
    for value in (LoudList([1]), LoudList([1, 2, 3]), LoudDict(a=1), LoudDict(a=1, b=2),
                  MyStr("s"), MyInt(7), MyTuple((1, 2)), [MyStr("x"), MyStr("x")]):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        print(type(back).__name__, back, back == value, len(data))
print(pickle.dumps(LoudList([1, 2]), 2))
print(pickle.dumps(LoudDict(z=0), 4))
try:
    back = pickle.loads(pickle.dumps(AppendOnly([1, 2]), 2))
    print(type(back).__name__, back)
except TypeError as e:
    print("TypeError", e)

# Bad streams: the unpickler's stack and memo checks.
bad = [
    b"\x80\x02.",                  # STOP on an empty stack
    b"\x80\x02(.",                 # a mark and nothing else
    b"\x80\x02K\x01e.",            # APPENDS without a mark
    b"\x80\x02(K\x01e.",           # APPENDS with nothing below the mark
    b"\x80\x02a.",                 # APPEND on an empty stack
    b"\x80\x02}K\x01u.",           # SETITEMS without a mark
    b"\x80\x02}(K\x01u.",          # SETITEMS with an odd count
    b"\x80\x02(K\x01K\x02s.",      # SETITEM below the mark
    b"\x80\x02K\x01\x86.",         # TUPLE2 with one item
    b"\x80\x02(K\x01\x85.",        # TUPLE1 across a mark
    b"\x80\x02h\x05.",             # BINGET of an unset index
    b"\x80\x02K\x01q\x03h\x03h\x02.",  # BINGET past a sparse index
    b"\x80\x02X\x02\x00\x00\x00\xff\xfe.",  # not UTF-8
    b"\x80\x02X\x05\x00\x00\x00ab",  # truncated payload
    b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01",  # frame longer than the data
    b"\x80\x02\x8a\x02\xff\x7f.",    # LONG1
    b"\x80\x02\x8a\x09\x00\x00\x00\x00\x00\x00\x00\x80\xff.",  # LONG1, 9 bytes
    b"\x80\x02\x8a\x00.",           # LONG1 of no bytes
    b"\x80\x04K\x01\x94K\x02q\x05\x94h\x01.",  # MEMOIZE after a sparse BINPUT
    b"\x80\x04K\x01\x94K\x02q\x05\x94h\x02.",  # ... takes the count of entries set as its index
    b"\x80\x020.",                  # POP of nothing
    b"\x80\x02(0K\x07.",            # POP of a mark
]
for data in bad:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)

data = pickle.dumps({"a": [1, (2, 3)], "b": "a"}, 4)
print(data, pickle.loads(data))

# Dicts loaded at every size behave as dicts built one key at a time: order after deletes and
# re-adds, popitem, and a change during iteration.
for n in (1, 2, 5, 6, 10, 11, 21, 22, 42, 43, 100):
    src = {"k%d" % i: i for i in range(n)}
    for proto in (2, 4):
        d = pickle.loads(pickle.dumps(src, proto))
        del d["k0"]
        d["k0"] = "again"
        d[n] = "int key"
        last = d.popitem()
        try:
            for k in d:
                d["new"] = 1
        except RuntimeError as e:
            err = str(e)
        print(n, proto, list(d)[:3], list(d)[-2:], last, err, len(d))
