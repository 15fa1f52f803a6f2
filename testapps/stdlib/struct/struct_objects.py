import struct

s = struct.Struct(">hI")
print(type(s).__name__, s.format, s.size)
packed = s.pack(-2, 70000)
print(packed, s.unpack(packed))
print(s.unpack_from(b"xx" + packed, 2), s.unpack_from(b"xx" + packed, offset=2))
buf = bytearray(10)
s.pack_into(buf, 1, 3, 4)
print(buf)
it = s.iter_unpack(packed * 3)
print(type(it).__name__, it.__length_hint__())
print(next(it))
print(it.__length_hint__(), list(it), it.__length_hint__())

b = struct.Struct(b"<q")
print(b.format, b.size, b.pack(-1))
print(struct.Struct(format="3s").pack(b"abc"))

empty = struct.Struct("")
print(empty.size, empty.pack(), empty.unpack(b""))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(struct.Struct, 1)
attempt(struct.Struct)
attempt(struct.Struct, "z")
attempt(s.unpack)
attempt(s.unpack, b"ab")
attempt(s.unpack_from)
attempt(s.unpack_from, b"abcd", offset=1)
attempt(s.unpack_from, b"abcd", x=1)
attempt(s.pack, 1)
attempt(s.pack, 1, 2, 3)
attempt(s.pack_into, bytearray(4))
attempt(s.pack_into, bytearray(4), 0, 1, 2)
attempt(s.iter_unpack, b"abc")
attempt(empty.iter_unpack, b"")

# A record layout round trip, as file formats use it.
record = struct.Struct("<4sHHI")
rows = [(b"PK\x03\x04", 20, 0, 123456), (b"abcd", 65535, 1, 0)]
data = b"".join(record.pack(*row) for row in rows)
print(len(data), data)
for row in record.iter_unpack(data):
    print(row)
