import struct

# Every format character in every byte order, packed and unpacked again.
values = {
    "b": [-128, 0, 127], "B": [0, 200, 255], "h": [-32768, 1, 32767], "H": [0, 65535],
    "i": [-2147483648, 7, 2147483647], "I": [0, 4294967295], "l": [-5, 2147483647], "L": [4294967295],
    "q": [-9223372036854775808, 9223372036854775807], "Q": [0, 18446744073709551615],
    "e": [0.5, -2.0, 65504.0, 1e-7], "f": [1.5, -0.1, 3.4e38], "d": [0.1, -1e300, float("inf")],
    "?": [True, False, 5, [], "x"],
}
for order in ["", "@", "=", "<", ">", "!"]:
    for code, items in values.items():
        fmt = order + code
        for v in items:
            packed = struct.pack(fmt, v)
            print(repr(fmt), repr(v), packed, struct.unpack(fmt, packed))
for code, v in [("n", -3), ("N", 12), ("P", 4096)]:
    packed = struct.pack(code, v)
    print(code, packed, struct.unpack(code, packed))

# Strings, pascal strings, chars and padding.
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"x"), struct.pack("s", b""))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"abc"), struct.pack("300p", b"z" * 299)[:3])
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("3p", b"\x01ab"), struct.unpack("4s", bytearray(b"wxyz")))
print(struct.pack("c3xc", b"a", b"b"), struct.unpack("c3xc", b"a\x00\x00\x00b"))
print(struct.pack("3c", b"x", b"y", b"z"), struct.pack("2x"), struct.pack("x"))

# Native alignment versus standard sizes.
for fmt in ["bi", "ib", "b0i", "=bi", "<bi", "!bi", "bhilq", "<bhilq", "@bhilqnNPefd?xcsp", "<bhilqefd?xcsp",
            "3i", "10s", "10p", "", "<", " i  h ", "\ti\n", "qb", "bq", "bd", "?e", "cH"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("bi", 1, 2), struct.pack("<bi", 1, 2), struct.pack(">hq", 1, 2))
print(struct.pack("<3h2d", 1, 2, 3, 0.5, 0.25))
print(struct.unpack("<3h2d", struct.pack("<3h2d", 1, 2, 3, 0.5, 0.25)))

# Floats: special values and rounding through the narrower formats.
for fmt in ["<e", ">e", "<f", ">f", "<d", ">d"]:
    for v in [0.0, -0.0, 1.0 / 3.0, float("inf"), float("-inf"), 6.1e-5, 2.5e-8]:
        packed = struct.pack(fmt, v)
        print(fmt, repr(v), packed, struct.unpack(fmt, packed))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\xff\x7b"))
print(struct.pack("f", 3.5e38), struct.pack("f", -1e39), struct.pack("d", 2), struct.pack("e", 1), struct.pack("d", True))
print(struct.unpack(">f", b"\x3f\x80\x00\x00"), struct.unpack(">d", b"\x40\x09\x21\xfb\x54\x44\x2d\x18"))

# bytes formats and buffers.
print(struct.pack(b"<H", 258), struct.unpack(b">H", b"\x01\x02"), struct.calcsize(b"ii"))
print(struct.unpack_from("<H", b"\x00\x01\x02\x03", 1), struct.unpack_from("<H", b"\x00\x01\x02\x03", offset=2))
print(struct.unpack_from("<H", b"\x00\x01\x02\x03", -2), struct.unpack_from("<H", buffer=b"\x05\x00"))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, -1, 258)
print(buf)
struct.pack_into(">i", buf, -4, 1)
print(buf)
for item in struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04"):
    print(item)
print(list(struct.iter_unpack(">I", b"")))
