# When SpooledTemporaryFile rolls over: writes past max_size, writelines, truncate, fileno.
import os
import tempfile

for size, chunks in ((4, [b"ab", b"cd", b"e"]), (0, [b"x" * 100]), (10, [b"0123456789"])):
    f = tempfile.SpooledTemporaryFile(max_size=size)
    states = []
    for chunk in chunks:
        f.write(chunk)
        states.append(f._rolled)
    print(size, states, f.tell())
    f.close()

g = tempfile.SpooledTemporaryFile(max_size=5)
g.writelines([b"abc", b"def"])
print("writelines:", g._rolled)
g.close()

t = tempfile.SpooledTemporaryFile(max_size=5)
t.write(b"abc")
t.truncate(2)
print("truncate small:", t._rolled, t.tell())
t.truncate(7)
print("truncate large:", t._rolled)
t.close()

s = tempfile.SpooledTemporaryFile(max_size=100)
s.write(b"data")
fd = s.fileno()
print("fileno rolls:", s._rolled, os.fstat(fd).st_size)
s.seek(0)
print(s.read())
s.close()

with tempfile.SpooledTemporaryFile(max_size=3, mode="w+") as w:
    w.write("héé")
    print("text:", w._rolled, w.tell())
