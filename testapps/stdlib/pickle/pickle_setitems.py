# SETITEMS into a new dict (one loop over the pairs): sizes around the linear limit, mixed and
# repeated keys (the later value wins, the first key object stays), keys with their own __eq__,
# a dict subclass, an unhashable key midway, and the dict's later growth and deletions.
import pickle

def show(d):
    print(len(d), list(d.items())[:14])

# Plain dicts of every size around the linear limit and the table sizes.
for n in (0, 1, 5, 6, 10, 11, 12, 21, 22, 43, 44, 100):
    d = {("k%d" % i): i for i in range(n)}
    for proto in range(6):
        back = pickle.loads(pickle.dumps(d, proto))
        assert back == d and list(back) == list(d), (n, proto)
    show(pickle.loads(pickle.dumps(d, 2)))

# Mixed keys: ints, big ints, floats, bools, tuples, None, bytes; equal keys of other types.
mixed = {1: "a", "x": 2, 2 ** 70: 3, 1.5: 4, True: 5, (1, 2): 6, None: 7, b"b": 8, -1: 9, 0: 10, "y": 11, 3.0: 12}
for proto in range(6):
    back = pickle.loads(pickle.dumps(mixed, proto))
    print(proto, back, list(back) == list(mixed))

# Hand-made SETITEMS with repeated and equal keys: later values win, first key object stays.
for body in (
    b"\x80\x02}q\x00(X\x01\x00\x00\x00aK\x01X\x01\x00\x00\x00aK\x02K\x01K\x03G?\xf0\x00\x00\x00\x00\x00\x00K\x04\x88K\x05u.",
    b"\x80\x02}(K\x01K\x01K\x02K\x02K\x01K\x03u.",
    b"\x80\x02}(" + b"".join(b"X\x02\x00\x00\x00k" + bytes([48 + i % 10]) + b"K" + bytes([i]) for i in range(30)) + b"u.",
    b"\x80\x02}(" + b"".join(b"K" + bytes([i % 13]) + b"K" + bytes([i]) for i in range(30)) + b"u.",
):
    d = pickle.loads(body)
    print(d, [type(k).__name__ for k in d])

# A dict key whose __eq__ and __hash__ are its own, and a dict subclass target.
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, other)
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%r)" % self.v

d = {"a": 1, Key("a"): 2, "b": 3, Key("b"): 4}
back = pickle.loads(pickle.dumps(d, 4))
print(back)

class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

print(pickle.loads(pickle.dumps(D(a=1, b=2), 2)))
print(pickle.loads(pickle.dumps(D(a=1, b=2), 0)))

# Unhashable key in the middle: the pairs before it are in, then TypeError.
try:
    pickle.loads(b"\x80\x02}(K\x01K\x02]K\x03u.")
except TypeError as e:
    print("TypeError", e)
# Then the dict keeps working after a fill: deletion, growth, iteration order.
d = pickle.loads(pickle.dumps({"k%d" % i: i for i in range(12)}, 4))
del d["k3"]
d["new"] = 1
for i in range(40):
    d["z%d" % i] = i
print(list(d)[:20], len(d))
d = pickle.loads(pickle.dumps({i: i for i in range(9)}, 4))
d[100] = 1; d.pop(0); d[0] = 2
print(d)
