# bytes % args and bytearray % args: %s/%b take bytes-like objects, %r/%a give ascii reprs.
print(b"%s-%d" % (b"ab", 5))
print(b"%b|%r|%a" % (b"x", "q\xe9", "\u20ac"))
print(bytearray(b"[%5s][%-4b]") % (b"z", bytearray(b"y")))
print(b"%x %X %o %#x %%" % (255, 255, 8, 255))
print(b"%c%c%c" % (65, b"B", 0x43))
print(b"%(name)s=%(value)d" % {b"name": b"k", b"value": 3})
print(b"%.2s|%5.1f|%e" % (b"abcdef", 3.14159, 12345.678))
print(b"%s" % memoryview(b"view"), b"%s" % bytearray(b"ba"))


class HasBytes:
    def __bytes__(self):
        return b"custom"


print(b"<%s>" % HasBytes(), b"%r" % HasBytes.__name__, b"%a" % 1.5)
print(type(bytearray(b"%d") % 1).__name__, type(b"%d" % 1).__name__)
for template, args in [(b"%s", "str"), (b"%b", 5), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"),
                       (b"%d", b"1"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%y", 1), (b"%(k)s", (1,))]:
    try:
        print(template % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
