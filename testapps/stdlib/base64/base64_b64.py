import base64


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\xfb\xff\xbf", bytes(range(100))]:
    e = base64.b64encode(data)
    u = base64.urlsafe_b64encode(data)
    print(data[:12], e, u, base64.b64decode(e) == data, base64.urlsafe_b64decode(u) == data)
print(base64.standard_b64encode(b"\xfb\xff"), base64.standard_b64decode("+/8="), base64.b64encode(bytearray(b"a")))
print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"-_"), base64.b64encode(b"\xfb\xff\xbf", b"*!"))
print(base64.b64decode("-_-_", altchars=b"-_"), base64.b64decode("-_8=", "-_"), base64.b64decode(b"YW!Jj"))
print(base64.b64decode("YWJj\n"), base64.b64decode(bytearray(b"YQ==")), base64.urlsafe_b64decode("-_8="), base64.urlsafe_b64decode(b"YQ=="))
attempt(base64.b64encode, "x")
attempt(base64.b64encode, 1)
attempt(base64.b64encode, b"ab", b"-")
attempt(base64.b64encode, b"ab", "-_")
attempt(base64.b64decode, 1)
attempt(base64.b64decode, "é")
attempt(base64.b64decode, "YQ")
attempt(base64.b64decode, "YW!Jj", validate=True)
attempt(base64.b64decode, "YWJj\n", validate=True)
attempt(base64.b64decode, "YWJ", validate=True)
attempt(base64.b64decode, "YW==Jj", validate=True)
attempt(base64.b64decode, "YQ==", altchars=b"-")
attempt(base64.urlsafe_b64decode, 1)
attempt(base64.b64encode)
attempt(base64.b64decode, "YQ==", None, False, 1)
attempt(base64.b64decode, "YQ==", validat=True)

# encodebytes wraps at 76 characters.
print(base64.encodebytes(b"x" * 60))
print(base64.encodebytes(b""), base64.encodebytes(bytearray(b"a")), base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
attempt(base64.encodebytes, "x")
attempt(base64.decodebytes, "eHh4")
