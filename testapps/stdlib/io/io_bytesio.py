import io

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytes([0, 255])), b.tell())
print(b.getvalue())
b.seek(1)
print(b.read(2), b.read(), b.read())
b.seek(-2, io.SEEK_END)
print(b.read())
b.seek(0)
b.write(b"Z")
print(b.getvalue())
c = io.BytesIO(b"line1\nline2\nlast")
print(c.readline(), c.readlines())
c.seek(0)
print(list(c))
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError", e)
c.close()
try:
    c.getvalue()
except ValueError as e:
    print("ValueError", e)
print(type(io.BytesIO()).__name__)
