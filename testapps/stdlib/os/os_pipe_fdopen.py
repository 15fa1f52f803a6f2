# os.pipe, os.fdopen/open on a descriptor, get/set_inheritable, and bytes-like writes.
import os

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
os.set_inheritable(w, True)
print(os.get_inheritable(w))
os.set_inheritable(w, False)
n = os.write(w, b"abc")
n += os.write(w, bytearray(b"def"))
n += os.write(w, memoryview(b"xghi")[1:])
print("written", n)
os.close(w)
chunks = []
while data := os.read(r, 4):
    chunks.append(data)
print(chunks)
os.close(r)

r, w = os.pipe()
with os.fdopen(w, "w") as out:
    out.write("line one\nline two\n")
    out.write("é end")
with os.fdopen(r) as src:
    print(src.readline(), end="")
    print(src.read())
try:
    os.read(r, 1)
except OSError as e:
    print("closed:", e.errno)

r, w = os.pipe()
with open(w, "wb") as out:
    out.write(b"\x00\x01binary")
with open(r, "rb") as src:
    print(src.read(3), src.read())
for bad in ("x", 1.5, None):
    try:
        os.fdopen(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.pipe(1)
except TypeError as e:
    print("TypeError:", e)
