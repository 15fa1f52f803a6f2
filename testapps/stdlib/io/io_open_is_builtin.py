# io.open is builtins.open, the same object.
import builtins
import io
import os
import tempfile

print(io.open is builtins.open, io.open is open, io.open.__name__)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.txt")
    with io.open(p, "w", encoding="utf-8") as f:
        f.write("héllo\n")
    with io.open(p, "rb") as f:
        print(f.read())
    with io.open(p, encoding="utf-8") as f:
        print(repr(f.read()))
