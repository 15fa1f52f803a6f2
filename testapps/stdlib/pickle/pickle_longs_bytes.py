# Longs at every width and sign (LONG1/LONG4 from limbs) and bytes at every protocol (protocol 2's
# _codecs.encode recipe written and read directly), with reduce callables named by metaclasses.
import pickle, copyreg, hashlib

def show(label, obj):
    for p in range(6):
        b = pickle.dumps(obj, p)
        back = pickle.loads(b)
        ok = back == obj if not isinstance(obj, float) else True
        print(label, p, len(b), hashlib.md5(b).hexdigest()[:12], ok)

vals = [0, 1, -1, 127, 128, 255, 256, -128, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
        2**32, 2**40 + 5, -(2**40), 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, -2**64,
        2**64 - 1, -(2**64) + 1, 2**65 + 3, -(2**65) - 3, 2**71, -(2**71), 2**72, -(2**72),
        2**127, -(2**127), 3**200, -(3**200), 2**2047, -(2**2047), 2**2048, -(2**2048), 7**1000]
for v in vals:
    show("int %d bits %d" % (v % 1000, v.bit_length()), v)
for b in [b"", b"a", b"\x00\x01raw", bytes(range(256)), b"\xff" * 300, b"x" * 70000, bytes(range(128, 256)) * 300]:
    show("bytes %d" % len(b), b)
    show("bytes-list %d" % len(b), [b, b, (b, b"q")])
print(pickle.dumps([b"ab\x80", b"ab\x80", b""], 2))
print(pickle.loads(pickle.dumps([b"ab\x80"] * 2, 2)))
l = pickle.loads(pickle.dumps([b"ab\x80"] * 2, 2)); print(l[0] is l[1])

class Money:
    def __init__(self, c, cur): self.c, self.cur = c, cur
    def __reduce__(self): return (Money, (self.c, self.cur))
    def __eq__(self, o): return type(o) is Money and (o.c, o.cur) == (self.c, self.cur)
class Meta(type):
    @property
    def __name__(cls): return "__newobj__"
class Odd(metaclass=Meta):
    def __init__(self, *a): self.a = a
    def __reduce__(self): return (Odd, (Odd, 5))
    def __eq__(self, o): return type(o) is Odd
class N:
    x = 1
    def __reduce__(self): return (copyreg.__newobj__, (N,), {"x": 1})
    def __eq__(self, o): return type(o) is N and o.x == 1
for obj in [Money(5, "EUR"), [Money(1, "X")] * 2, N(), [N(), N()]]:
    show(type(obj).__name__, obj)
for p in range(6):
    try:
        print("odd", p, pickle.dumps(Odd(), p))
    except Exception as e:
        print("odd", p, type(e).__name__, e)
print(pickle.dumps(len, 2), pickle.dumps(Money(1, "E"), 2))
# persistent ids see the text and tuple of protocol 2 bytes
class P(pickle.Pickler):
    def persistent_id(self, obj):
        print("pid", type(obj).__name__, repr(obj)[:30])
        return None
import io
f = io.BytesIO(); P(f, 2).dump([b"hi\xe9", 2**70]); print(f.getvalue())
# loads: codecs.encode recipes with other arguments still call

print(pickle.loads(b"\x80\x02c_codecs\nencode\nX\x03\x00\x00\x00abcX\x05\x00\x00\x00ascii\x86R."))
print(pickle.loads(b"\x80\x02c_codecs\nencode\nX\x02\x00\x00\x00\xc3\xa9X\x06\x00\x00\x00latin1\x86R."))
try:
    pickle.loads(b"\x80\x02c_codecs\nencode\nX\x03\x00\x00\x00\xe2\x82\xacX\x06\x00\x00\x00latin1\x86R.")
except Exception as e:
    print(type(e).__name__, e)
print(pickle.loads(b"\x80\x02c_codecs\nencode\nX\x01\x00\x00\x00aX\x06\x00\x00\x00LATIN1\x86R."))
