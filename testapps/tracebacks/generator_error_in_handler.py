# An exception raised by an except clause that yielded, in a generator: both are reported.
def parse(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            yield -1
            raise RuntimeError(f"giving up on {line!r}")

for n in parse(["1", "x", "3"]):
    print(n)
