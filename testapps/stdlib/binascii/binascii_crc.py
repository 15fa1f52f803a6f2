import binascii


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for data in [b"", b"a", b"hello", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 4]:
    print(len(data), binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xFFFF))
crc = 0
for piece in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    crc = binascii.crc32(piece, crc)
print(crc, crc == binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
print(binascii.crc32(b"a", -1), binascii.crc32(b"a", 1 << 40), binascii.crc32(b"abc", 0xFFFFFFFF), binascii.crc32(bytearray(b"xyz")))
print(binascii.crc_hqx(b"123456789", 0x1D0F), binascii.crc_hqx(b"abc", 0x12345))
attempt(binascii.crc32, "x")
attempt(binascii.crc32, b"x", 1.5)
attempt(binascii.crc32, b"x", crc=1)
attempt(binascii.crc32)
attempt(binascii.crc_hqx, b"x")
