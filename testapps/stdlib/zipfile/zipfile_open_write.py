import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    with z.open(zipfile.ZipInfo("streamed.txt", (2020, 2, 2, 2, 2, 2)), "w") as f:
        print(f.write(b"part one, "), f.write(b"part two"), f.writable(), f.closed)
    print(f.closed)
    with z.open("named.txt", mode="w") as f:
        f.write(b"named member")
    info = z.getinfo("streamed.txt")
    print(repr(info), info.CRC, info.header_offset)
data = buf.getvalue()
print(data[:80])
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.read("streamed.txt"), z.read("named.txt"))
    try:
        z.open("x.txt", "w")
    except ValueError as e:
        print("ValueError", e)
    try:
        z.open("named.txt", "a")
    except ValueError as e:
        print("ValueError", e)
