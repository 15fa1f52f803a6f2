import base64


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"hello world", bytes(range(0, 256, 7))]:
    e32 = base64.b32encode(data)
    h32 = base64.b32hexencode(data)
    e16 = base64.b16encode(data)
    print(data[:11], e32, h32, e16)
    print(base64.b32decode(e32) == data, base64.b32hexdecode(h32) == data, base64.b16decode(e16) == data)

for text in ["NBSWY3DP", "nbswy3dp", "NBSWY3D", "NBSWY3D1", "NBSWY3D=", "NB======", "NBS=====", "NB=====A", "", "========",
             "MZXW6===", "MZXW6YQ=", "MZXQ====", "MY======"]:
    attempt(base64.b32decode, text)
print(base64.b32decode("nbswy3dp", True), base64.b32decode("N0SWY3DP", map01=b"L"), base64.b32decode("N1SWY3DP", map01="I"))
print(base64.b32decode(b"n0swy3dp", casefold=True, map01=b"L"))
attempt(base64.b32decode, "N0SWY3DP", map01=b"LL")
attempt(base64.b32encode, "x")
print(base64.b32hexdecode("d1imor3f", casefold=True), base64.b32hexdecode(b"D1IMOR3F"))
attempt(base64.b32hexdecode, "D1IMOR3W")
attempt(base64.b32hexdecode, "D1IMOR3F", map01=b"L")

print(base64.b16decode("01AB"), base64.b16decode(b"01ab", casefold=True), base64.b16decode(bytearray(b"0A")))
attempt(base64.b16decode, "01ab")
attempt(base64.b16decode, "01A")
attempt(base64.b16decode, b"0G")
attempt(base64.b16encode, "x")
