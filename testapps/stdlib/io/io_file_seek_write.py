# seek() and tell() on files open() opened for writing, text and binary.
import io
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "f.txt")

with open(path, "w") as f:
    f.write("hello world\n")
    print(f.tell(), f.seek(0), f.tell())
    f.write("HELLO")
    print(f.seek(0, 2), f.seek(0, io.SEEK_CUR))
    f.write("tail\n")
    for args in [(1, 1), (-1, 2), (-1, 0), (0, 3)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e, isinstance(e, io.UnsupportedOperation))
with open(path) as f:
    print(repr(f.read()))

# Append mode writes at the end wherever the position was; seek(0, 2) tells the size.
with open(path, "a") as f:
    print(f.tell(), f.seek(0, 2), f.seek(0))
    f.write("more\n")
    print(f.tell())
with open(path) as f:
    print(repr(f.read()))

with open(path, "wb") as f:
    f.write(b"0123456789")
    print(f.seek(-3, 2), f.seek(2, 1), f.seek(2))
    f.write(b"ab")
    print(f.seek(20), f.tell())
    f.write(b"!")
    try:
        f.seek(-5, 0)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print("ValueError", e)
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
os.rmdir(folder)
# Files raise io's own UnsupportedOperation, an OSError and a ValueError.
with open(tempfile.mktemp(dir=tempfile.gettempdir()), "w") as f:
    try:
        f.read()
    except ValueError as e:
        print(type(e).__module__, type(e).__name__, [c.__name__ for c in type(e).__mro__], type(e) is io.UnsupportedOperation)
    os.remove(f.name)
