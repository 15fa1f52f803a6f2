# fileno() of files from open(): real descriptors that os functions and child processes share.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        fd = f.fileno()
        print("same fd twice:", fd == f.fileno())
        f.write(b"abc")
        print("before flush:", os.fstat(fd).st_size)
        f.flush()
        print("after flush:", os.fstat(fd).st_size)
        os.write(fd, b"XYZ")           # written at the descriptor's offset, after "abc"
        print("tell:", f.tell())
        f.write(b"123")
    with open(path, "rb") as f:
        print(f.read())
        print("fstat size:", os.fstat(f.fileno()).st_size)
        print("mode is a file:", os.fstat(f.fileno()).st_mode & 0o170000 == 0o100000)

    # os.lseek on the descriptor moves where the file writes next
    with open(path, "wb") as f:
        f.write(b"hello world")
        f.flush()
        os.lseek(f.fileno(), 0, os.SEEK_SET)
        f.write(b"J")
    with open(path, "rb") as f:
        print(f.read())

    # a text file's descriptor
    with open(path, "w", encoding="utf-8") as f:
        f.write("héllo\n")
        f.flush()
        print("text size:", os.fstat(f.fileno()).st_size, "tell:", f.tell())

    for bad in (-1, 9999):
        try:
            os.fstat(bad)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
    try:
        os.fstat("x")
    except Exception as e:
        print(type(e).__name__, e)
    f = open(path, "rb")
    f.close()
    try:
        f.fileno()
    except ValueError as e:
        print(type(e).__name__, e)
