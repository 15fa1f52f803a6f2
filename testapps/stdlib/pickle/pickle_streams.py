# dump/load on files, Pickler/Unpickler subclasses (persistent_id, persistent_load, find_class,
# dispatch_table, reducer_override), the memo across dumps, protocol 0-2 str encodings, frames.
import copyreg
import hashlib
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


buf = io.BytesIO()
for proto in range(6):
    pickle.dump({"proto": proto, "v": [1, 2.5, "s", b"b"]}, buf, proto)
print(buf.getvalue())
buf.seek(0)
while True:
    try:
        print(pickle.load(buf))
    except EOFError as e:
        print("EOFError:", e)
        break


class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ("Point", obj.x)
        return None


class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return Point(pid[1], "restored")

    def find_class(self, module, name):
        print("find_class", module, name)
        return super().find_class(module, name)


for proto in range(6):
    buf = io.BytesIO()
    PersPickler(buf, proto).dump([Point(3, 4), 1j])
    print(buf.getvalue())
    buf.seek(0)
    print(PersUnpickler(buf).load())

try:
    pickle.loads(pickle.dumps(1) [:0] + b"P1\n.")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)


class Dispatch(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = lambda p: (Point, (p.x, p.y))


buf = io.BytesIO()
Dispatch(buf, 2).dump(Point(5, 6))
print(buf.getvalue(), pickle.loads(buf.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return (str, ("was Point",))
        return NotImplemented


buf = io.BytesIO()
Override(buf, 4).dump([Point, 1])
print(buf.getvalue(), pickle.loads(buf.getvalue()))

# A Pickler's memo lasts across dump() calls until clear_memo().
buf = io.BytesIO()
pickler = pickle.Pickler(buf, 2)
shared = ["shared"]
pickler.dump(shared)
pickler.dump(shared)
pickler.clear_memo()
pickler.dump(shared)
print(buf.getvalue())
buf.seek(0)
unpickler = pickle.Unpickler(buf)
first, second, third = unpickler.load(), unpickler.load(), unpickler.load()
print(first, first is second, first is third)

try:
    pickle.Pickler(42)
except TypeError as e:
    print("TypeError:", e)

# Python 2 strings: ASCII by default, bytes or latin-1 on request.
print(pickle.loads(b"S'abc'\np0\n."), pickle.loads(b"U\x03abc."))
print(pickle.loads(b"U\x03abc.", encoding="bytes"), pickle.loads(b"U\x03\xe9bc.", encoding="latin1"))
print(pickle.loads(b"c__builtin__\nxrange\n(K\x03tR."), pickle.loads(b"cexceptions\nValueError\n."))

# Big pickles are framed in 64 KiB frames; large payloads go outside frames.
big = ["x" * 30 + str(i) for i in range(5000)]
data = pickle.dumps(big)
print(len(data), hashlib.sha256(data).hexdigest(), pickle.loads(data) == big)
data = pickle.dumps([b"y" * 70000, "z" * 70000, bytearray(b"w" * 70000), 1], 5)
print(len(data), hashlib.sha256(data).hexdigest(), pickle.loads(data)[3])
rows = [{"id": i, "name": f"n{i}", "tags": ("a", i % 3), "score": i / 4} for i in range(3000)]
for proto in range(6):
    data = pickle.dumps(rows, proto)
    print(proto, len(data), hashlib.sha256(data).hexdigest(), pickle.loads(data) == rows)
