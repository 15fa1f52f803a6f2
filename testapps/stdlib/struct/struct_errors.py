import struct


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


# Out of range integers, in each byte order.
for code in "bBhHiIlLqQ":
    for order in ["", "<", "=", ">", "!"]:
        fmt = order + code
        size = struct.calcsize(fmt)
        signed = code.islower()
        low = -(1 << (8 * size - 1)) if signed else 0
        high = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
        for v in [high + 1, low - 1, 1 << 70, -(1 << 70)]:
            print(fmt, end=" ")
            attempt(struct.pack, fmt, v)
for code in "nNP":
    for v in [1 << 64, -1, (1 << 64) - 1, -(1 << 63) - 1, 1 << 70]:
        print(code, end=" ")
        attempt(struct.pack, code, v)

# Wrong argument types.
for fmt, v in [("i", 2.0), ("i", "1"), ("<Q", 2.0), ("P", "x"), (">q", None), ("d", "x"), ("f", None), ("e", [1]),
               ("c", b"ab"), ("c", "a"), ("c", bytearray(b"a")), ("c", 97), ("s", "a"), ("p", 1), ("3s", 1)]:
    print(repr(fmt), repr(v), end=" ")
    attempt(struct.pack, fmt, v)

# Float overflow.
for fmt in ["<f", "=f", ">f", "e", "<e", ">e"]:
    attempt(struct.pack, fmt, 1e39)
attempt(struct.pack, "<e", 65520.0)
attempt(struct.pack, "<e", 65519.0)

# Bad formats.
for fmt in ["z", "3", "3 i", "<<i", "i<", "<n", "=N", ">P", "9999999999999999999999i", "i" * 3 + "y"]:
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize, 1)
attempt(struct.calcsize)
attempt(struct.pack)
attempt(struct.pack, 1)
attempt(struct.pack, "i", 1, x=2)

# Item counts and buffer sizes.
attempt(struct.pack, "ii", 1)
attempt(struct.pack, "i", 1, 2)
attempt(struct.pack, "xi", 1, 2)
attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "i", b"abcde")
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "i", 1)
attempt(struct.unpack, "i")
attempt(struct.unpack_from, "i")
attempt(struct.unpack_from, "i", b"abc", 1)
attempt(struct.unpack_from, "i", b"abcdefgh", -3)
attempt(struct.unpack_from, "i", b"abcdefgh", -30)
attempt(struct.unpack_from, "i", b"abcdefgh", 1.0)
attempt(struct.unpack_from, "i", b"abcdefgh", 20)
buf = bytearray(8)
attempt(struct.pack_into, "i", buf, 6, 1)
attempt(struct.pack_into, "i", buf, -2, 1)
attempt(struct.pack_into, "i", buf, -20, 1)
attempt(struct.pack_into, "i", buf, 20, 1)
attempt(struct.pack_into, "i", b"xxxx", 0, 1)
attempt(struct.pack_into, "i", buf)
attempt(struct.pack_into, "i")
attempt(struct.pack_into, "i", buf, 0, 1, 2)
attempt(struct.pack_into, "i", buf, 0, "x")
print(buf)
attempt(struct.iter_unpack, "i", b"abc")
attempt(struct.iter_unpack, "", b"abc")
attempt(struct.iter_unpack, "i")
print(issubclass(struct.error, Exception), struct.error.__name__)
try:
    struct.pack("b", 1000)
except struct.error as e:
    print("caught struct.error:", e, e.args)
