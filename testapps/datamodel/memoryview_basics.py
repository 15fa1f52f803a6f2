# memoryview over bytes and bytearray: indexing, slicing, writes through, release and errors.
data = bytearray(b"hello world")
m = memoryview(data)
print(len(m), m[0], m[-1], m.format, m.itemsize, m.readonly, m.nbytes, m.ndim, m.shape, m.strides)
print(m.tobytes(), bytes(m), m.tolist()[:3], m.obj is data, m.c_contiguous, m.contiguous)
m[0] = ord("H")
m[6:11] = b"WORLD"
print(data, m.tobytes())
part = m[6:]
print(type(part).__name__, len(part), part.tobytes(), part[0], bytes(part[1:3]))
part[0] = 119
print(data)
step = m[::2]
print(step.tobytes(), step.tolist(), step.strides, step.contiguous, len(step))
print(m == b"Hello world", m == data, m != b"x", m == memoryview(b"Hello world"), list(m[:3]))
print(b"<" + m[:5] + b">", bytearray(m[:2]), m.hex(), m[:3].hex(":"))

ro = memoryview(b"abc")
print(ro.readonly, ro[1], hash(ro) == hash(b"abc"), ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(m)
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[1:3] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    memoryview("text")
except TypeError as e:
    print(type(e).__name__, e)

c = m.cast("c")
print(c.format, c[0], c[:2].tolist())
c[0] = b"J"
print(data[:5])
s = memoryview(bytearray(b"\xff\x01")).cast("b")
print(s.tolist(), s.format)

with memoryview(b"ctx") as v:
    print(v.tobytes())
print(repr(v).startswith("<released memory at 0x"))
try:
    v.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(v)
except ValueError as e:
    print(type(e).__name__, e)
m.release()
part.release()
step.release()
c.release()
data.append(33)
print(data, repr(memoryview(b"")).startswith("<memory at 0x"))
mm = memoryview(memoryview(b"nested"))
print(mm.tobytes(), mm.obj, mm.toreadonly().readonly)
