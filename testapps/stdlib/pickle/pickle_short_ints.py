# Small ints inside lists, dicts and tuples at every protocol: the BININT1/BININT2 boundaries,
# negatives, bools and int subclasses next to them, a persistent_id hook that sees each int,
# lists long enough to span 64 KiB frames (protocol 4/5), and shared/recursive containers.
import hashlib
import io
import pickle


class MyInt(int):
    pass


EDGES = [0, 1, 127, 128, 255, 256, 257, 65535, 65536, 65537, -1, -255, -256, 2**31 - 1, 2**31, -2**31,
         -2**31 - 1, 2**63, True, False, MyInt(5), MyInt(300), None, 1.5]

values = {
    "list": list(EDGES),
    "dict": {i: v for i, v in enumerate(EDGES)},
    "strdict": {"a": 0, "b": 255, "c": 256, "d": 65535, "e": 65536, "f": -1, "g": True},
    "tuple1": (255,),
    "tuple2": (256, 0),
    "tuple3": (65535, 65536, 7),
    "tuple5": (1, 2, 300, 70000, -3),
    "nested": [(1, 2), [3, [4, (5, 256)]], {7: (8, 9)}],
}

for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    for name, value in values.items():
        blob = pickle.dumps(value, protocol)
        back = pickle.loads(blob)
        assert back == value, (protocol, name)
        print(protocol, name, len(blob), blob[:70])
    # Tuples recurring through a list: the memo refers back to them.
    shared = (1, 2, 3)
    print(protocol, "shared", pickle.dumps([shared, shared, [shared]], protocol))

# Frames: a list of 100k small ints crosses the 64 KiB frame size several times.
big = [i % 70000 for i in range(100_000)]
for protocol in (2, 4, 5):
    blob = pickle.dumps(big, protocol)
    print(protocol, "big", len(blob), hashlib.sha256(blob).hexdigest()[:32])
    assert pickle.loads(blob) == big
bigdict = {i: i % 300 for i in range(30_000)}
for protocol in (3, 4):
    blob = pickle.dumps(bigdict, protocol)
    print(protocol, "bigdict", len(blob), hashlib.sha256(blob).hexdigest()[:32])
big_tuple = tuple(range(20_000))
print("big tuple", hashlib.sha256(pickle.dumps(big_tuple, 4)).hexdigest()[:32])


class Persist(pickle.Pickler):
    def persistent_id(self, obj):
        if type(obj) is int and obj in (7, 300):
            return "int%d" % obj
        return None


class Restore(pickle.Unpickler):
    def persistent_load(self, pid):
        return "restored " + pid


for protocol in (0, 1, 2, 4):
    f = io.BytesIO()
    Persist(f, protocol).dump([1, 7, 300, {"k": 7, "m": 8}, (7, 9), (300, 1, 2, 3)])
    print(protocol, "persistent", f.getvalue())
    print(Restore(io.BytesIO(f.getvalue())).load())


class Odd:
    def __reduce__(self):
        # A reduce whose arguments are small ints in a tuple.
        return (divmod, (17, 5))


print(pickle.loads(pickle.dumps([Odd(), Odd()], 2)), pickle.dumps(Odd(), 4))
