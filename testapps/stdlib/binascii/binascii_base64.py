import binascii


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for data in [b"", b"h", b"he", b"hel", b"hell", b"hello", bytes(range(256))[:40], b"\xfb\xff\xfe"]:
    encoded = binascii.b2a_base64(data)
    print(data, encoded, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(encoded))
attempt(binascii.b2a_base64, "x")
attempt(binascii.b2a_base64, b"x", False)

# Lenient decoding skips junk and stops at the first complete padding.
for text in ["aGVsbG8=\n", "aGVsbG8", "aGVsbA", "a", "aGV!sbG8=", "aGVs\nbG8=", "aGVsbG8=====", "aGVsbA=x=",
             "abcde", "abcdef", "abcdefg", "ab=c", "abc=d", "a===", "", "====", b"YWJj", bytearray(b"YQ==")]:
    attempt(binascii.a2b_base64, text)

# Strict mode.
for text in ["aGVsbG8=", "aGV!sbG8=", "=aGVs", "aGVsbG8=a", "aGVsbA==", "aGVsbA=", "aG Vs", "aGVsbG8", "aGVs=bG8", "aGVsbA=="]:
    attempt(binascii.a2b_base64, text, strict_mode=True)
attempt(binascii.a2b_base64, "é")
attempt(binascii.a2b_base64, 5)
