import base64


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for data in [b"", b"h", b"hello", b"hello world", b"\x00\x00\x00\x00", b"\x00\x00\x00\x00\x00", b"    ", b"   ", bytes(range(0, 256, 5))]:
    a = base64.a85encode(data)
    b = base64.b85encode(data)
    print(data[:12], a, b, base64.a85decode(a) == data, base64.b85decode(b) == data)
print(base64.a85encode(b"hello", adobe=True), base64.a85encode(b"    x", foldspaces=True), base64.a85encode(b"hi", pad=True))
print(base64.a85encode(b"x" * 40, wrapcol=20))
print(base64.a85encode(b"x" * 40, wrapcol=20, adobe=True))
print(base64.a85encode(b"abc", wrapcol=1, adobe=True), base64.b85encode(b"hello", pad=True), base64.b85encode(bytearray(b"ab")))
print(base64.a85decode(b"<~BOu!rDZ~>", adobe=True), base64.a85decode(b"BOu!rDZ~>", adobe=True), base64.a85decode("z"), base64.a85decode(b"y", foldspaces=True))
print(base64.a85decode(b"BO u!\nrDZ"), base64.a85decode(b"BO-u!rDZ", ignorechars=b"-"), base64.b85decode("Xk~0{Zv"), base64.b85decode(b"Xk~0{ZvX%Q"))
attempt(base64.a85decode, b"ab~")
attempt(base64.a85decode, b"abc", adobe=True)
attempt(base64.a85decode, b"az")
attempt(base64.a85decode, b"ay", foldspaces=True)
attempt(base64.a85decode, b"y")
attempt(base64.a85decode, b"uuuuu")
attempt(base64.b85decode, b"Xk~0\"")
attempt(base64.b85decode, b"~~~~~")
attempt(base64.a85encode, "text")
attempt(base64.b85encode, "text")
attempt(base64.a85decode, 5)
attempt(base64.a85encode, b"x", 5)
