# A StringIO or BytesIO subclass's own __next__ is what iteration calls (for loops, list(),
# next(), csv.reader), its StopIteration ending it; readline overrides still feed the base's.
import io


class Upper(io.StringIO):
    def __next__(self):
        return super().__next__().upper()


for line in Upper("a\nb\n"):
    print(repr(line))
print(next(Upper("q\n")), list(Upper("c\nd\n")))


class Limited(io.BytesIO):
    def __init__(self, data, limit):
        super().__init__(data)
        self.left = limit

    def __next__(self):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        return super().__next__()


print(list(Limited(b"1\n2\n3\n", 2)))


class Numbered(io.StringIO):
    n = 0

    def readline(self, size=-1):
        Numbered.n += 1
        line = super().readline(size)
        return "%d:%s" % (Numbered.n, line) if line else line


print(list(Numbered("x\ny\n")))


class Broken(io.StringIO):
    def __next__(self):
        raise KeyError("no")


try:
    for line in Broken("z\n"):
        pass
except KeyError as e:
    print("KeyError", e)
print(sorted(Upper("b\na\n")), "".join(Upper("m\nn")))
