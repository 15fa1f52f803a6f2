# StringIO and BytesIO instances have a __dict__ (exact ones and those of subclasses, even with
# __slots__), and iterating a StringIO subclass goes through its readline (BytesIO's does not).
import io

s = io.StringIO("a\nb\n")
s.name = "memory.txt"
s.mode = "w"
print(s.name, s.mode, sorted(vars(s)) if hasattr(s, "__dict__") else None, s.__dict__)
del s.mode
print(hasattr(s, "mode"), getattr(s, "mode", "gone"))
try:
    del s.missing
except AttributeError as e:
    print("AttributeError", e)

b = io.BytesIO(b"xyz")
b.label = 3
print(b.label, b.__dict__, b.read())


class Slotted(io.StringIO):
    __slots__ = ("tag",)


z = Slotted("one\ntwo\n")
z.tag = "t"
z.extra = 5
print(z.tag, z.extra, z.__dict__, list(z))


class Numbered(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.count = 0

    def readline(self, size=-1):
        line = super().readline(size)
        if line:
            self.count += 1
            return "%d: %s" % (self.count, line)
        return line


n = Numbered("alpha\nbeta\ngamma")
for line in n:
    print(repr(line))
print(n.count)
print(Numbered("x\ny\n").readlines())


class Upper(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


print(list(Upper("a\nb")), [l for l in Upper("c\n")])


class Broken(io.StringIO):
    def readline(self, size=-1):
        return b"bytes line"


try:
    list(Broken("q\n"))
except OSError as e:
    print(type(e).__name__, e)

closed = Numbered("a\n")
closed.close()
try:
    next(iter(closed))
except ValueError as e:
    print("ValueError", e)


class BytesLines(io.BytesIO):
    def readline(self, size=-1):
        return b"never"


print(list(BytesLines(b"1\n2\n")))

# Closed streams: StringIO's iter() and readlines() word the check as IOBase does.
for cls in (io.StringIO, io.BytesIO):
    s = cls()
    s.close()
    for f in (lambda: iter(s), lambda: next(s), lambda: s.readlines(), lambda: s.read(), lambda: list(s)):
        try:
            f()
            print(cls.__name__, "no error")
        except ValueError as e:
            print(cls.__name__, e)
