# The method tables of int, float, str, bytes, bytearray, list, dict, set, frozenset and
# memoryview are built at the first look at the type's dict, not at start-up: the first look may be
# a method call with a call shortcut, super() from a subclass, a dunder, hasattr or vars().


class Count(int):
    def bit_length(self):
        return super().bit_length() * 10


print(Count(255).bit_length(), (255).bit_length(), int.bit_length(-256), (10).to_bytes(2, "big"))
print((2.5).is_integer(), float.hex(1.5), (3.0).as_integer_ratio(), hasattr(float, "fromhex"))

d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0), d.pop("a", None), d.setdefault("b", 2), d)
print(dict.fromkeys("ab", 0), "fromkeys" in vars(dict), dict.__dict__["__hash__"])


class Stack(list):
    def append(self, x):
        super().append(x * 2)


s = Stack()
s.append(4)
print(s, list.__len__(s), "append" in list.__dict__, list.__hash__)

b = bytearray(b"ab")
b.append(99)
b.extend(b"de")
print(b, b.pop(), bytes.fromhex("6869"), b"x,y".split(b","), bytearray.fromhex("00ff"))

fs = frozenset({1, 2})
print(sorted(fs.union({3})), fs.issubset({1, 2, 3}), "union" in vars(frozenset), "add" in vars(frozenset))
st = {3, 1}
st.add(2)
print(sorted(st), set.__dict__["__hash__"], "discard" in dir(set))

m = memoryview(b"abc")
print(m.tobytes(), m.nbytes, m.tolist(), type(memoryview.__dict__["readonly"]).__name__)
print("".join(["x", "y"]), "a,b".split(","), str.maketrans("a", "b") == {97: 98}, "A".lower())


class Text(str):
    def upper(self):
        return "<" + super().upper() + ">"


print(Text("hi").upper(), Text("hi").title(), str.upper(Text("x")))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
