import binascii


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(0, 256, 17)) + b"PyPack"
print(binascii.hexlify(data))
print(binascii.b2a_hex(b"\x00\xff"), binascii.hexlify(b""), binascii.hexlify(bytearray(b"ab")))
for sep, per in [("-", 1), (b":", 2), (":", -2), (" ", 3), ("_", -3), ("|", 10), ("-", 0)]:
    print(repr(sep), per, binascii.hexlify(b"abcdefg", sep, per))
print(binascii.hexlify(b"abc", "-"), binascii.hexlify(b"abcde", bytes_per_sep=2, sep="."))
print(binascii.unhexlify(b"0aFF10"), binascii.a2b_hex("deadBEEF"), binascii.unhexlify(""), binascii.unhexlify(bytearray(b"41")))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
attempt(binascii.unhexlify, "abc")
attempt(binascii.unhexlify, "zz")
attempt(binascii.unhexlify, "0g")
attempt(binascii.unhexlify, "é1")
attempt(binascii.unhexlify, 1)
attempt(binascii.hexlify, "ab")
attempt(binascii.hexlify, b"ab", "::")
attempt(binascii.hexlify, b"ab", 1)
attempt(binascii.hexlify)
try:
    binascii.unhexlify("1")
except binascii.Error as e:
    print("binascii.Error", e, isinstance(e, ValueError))
print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
