# Classes that subclass io.BytesIO and io.StringIO: construction through their own __init__ and
# super().__init__, instance attributes, overridden methods, __init__ run again, isinstance,
# with-blocks, iteration, and the errors their base's arguments raise.
import io


class Named(io.BytesIO):
    def __init__(self, data, name):
        super().__init__(data)
        self.name = name

    def __repr__(self):
        return f"<Named {self.name!r} at {self.tell()}>"


n = Named(b"line one\nline two\n", "blob.bin")
print(n.readline(), n.name, repr(n), type(n).__name__)
print(isinstance(n, io.BytesIO), isinstance(n, io.StringIO), type(n).__mro__[1].__name__)
print(list(n), n.getvalue()[:4])
n.__init__(b"again", "second")
print(n.read(), n.name, n.closed)


class Plain(io.BytesIO):
    pass


p = Plain(b"ab")
print(p.getvalue(), p.read(1), p.tell())
p.extra = 5
print(p.extra, vars(p))


class Log(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


with Log() as log:
    print("hello", "world", file=log)
    log.write("more\n")
    print(repr(log.getvalue()))
print(log.closed)


class Lines(io.StringIO):
    def __init__(self, *lines):
        super().__init__("\n".join(lines), newline=None)


lines = Lines("a\r", "b", "c")
print([line for line in lines], lines.newlines)


class Slotted(io.StringIO):
    __slots__ = ("tag",)


s = Slotted("x")
s.tag = "t"
print(s.tag, s.read())

for bad in [lambda: Plain("text"), lambda: Log(5), lambda: io.StringIO(5), lambda: io.StringIO(None, 5), lambda: Log("x", newline="?"), lambda: Plain(b"", b"")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
