# SpooledTemporaryFile in binary mode: kept in memory until max_size, then rolled over.
import tempfile

f = tempfile.SpooledTemporaryFile(max_size=10)
print(f._rolled, f.name, f.mode)
print(f.write(b"hello"), f.tell(), f._rolled)
f.seek(0)
print(f.read())
print(f.write(b"world!!"), f._rolled, f.tell(), type(f.name).__name__, f.mode)
f.seek(0)
print(f.read())
f.seek(5)
print(f.read(3), f.tell())
print(f.readable(), f.writable(), f.seekable(), f.isatty())
f.close()
print(f.closed)

with tempfile.SpooledTemporaryFile() as g:       # max_size 0: never rolls over by size
    g.write(b"x" * 5000)
    print(g._rolled, g.tell())
    g.seek(0)
    print(len(g.read()))
    g.truncate(10)
    g.seek(0, 2)
    print(g.tell())
    g.writelines([b"a\n", b"b\n"])
    g.seek(0)
    print(g.readlines())
    g.seek(0)
    print([line for line in g][-1])
    g.fileno()                                    # rolls over
    print(g._rolled, g.mode)
    g.seek(0)
    print(g.read()[-4:])

h = tempfile.SpooledTemporaryFile(max_size=3)
h.write(b"ab")
h.rollover()
print(h._rolled, h.tell())
h.rollover()
h.close()

for action in ("write", "read", "encoding"):
    k = tempfile.SpooledTemporaryFile()
    try:
        if action == "write":
            k.write("text")
        elif action == "read":
            k.close()
            k.read()
        else:
            print(k.encoding)
    except Exception as e:
        print(type(e).__name__, e)
try:
    with k:
        pass
except Exception as e:
    print(type(e).__name__, e)
