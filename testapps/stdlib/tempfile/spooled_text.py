# SpooledTemporaryFile in text mode: encoding, newlines, rollover keeping the position.
import tempfile

f = tempfile.SpooledTemporaryFile(mode="w+")
print(f.mode, f.encoding, f.errors, f.newlines)
print(f.write("abc\n"), f.write("déf\r\nxyz\r"), f.tell())
f.seek(0)
print(repr(f.read()))
print(f.newlines)
f.seek(0)
print(repr(f.readline()), repr(f.readline()))
pos = f.tell()
f.rollover()
print(f._rolled, f.tell() == pos, f.mode, f.encoding)
print(repr(f.read()))
f.close()

with tempfile.SpooledTemporaryFile(5, "w+", encoding="latin-1") as h:
    print(h.encoding, h.errors, h.write("ab"), h._rolled)
    print(h.truncate(1), h.tell())
    h.seek(0)
    print(repr(h.read()))
    h.write("cdefgh")
    print(h._rolled)
    h.seek(0)
    print(repr(h.read()))

with tempfile.SpooledTemporaryFile(mode="w+", newline="") as n:
    n.write("a\r\nb\rc\n")
    n.seek(0)
    print([line for line in n], n.newlines)

for data in (b"bytes", 3):
    try:
        tempfile.SpooledTemporaryFile(mode="w+").write(data)
    except Exception as e:
        print(type(e).__name__, e)
t = tempfile.SpooledTemporaryFile(mode="w+")
t.write("abc")
try:
    t.seek(1, 1)
except Exception as e:
    print(type(e).__name__, e)
