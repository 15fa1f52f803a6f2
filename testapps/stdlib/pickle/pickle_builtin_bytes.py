# pickle.dumps of builtin values with each protocol: the bytes (opcodes, memo, frames) are
# CPython's C pickler's, and loads gives the values back.
import pickle

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -65536, 2**31 - 1, 2**31, -2**31,
          -2**31 - 1, 2**63, -2**64, 10**100, -(10**300), 0.0, -0.0, 1.5, -2.25, float("inf"), 1e300,
          "", "abc", "a\\b\nc\x00\r\x1a\u20ac\U0001f600", "x" * 300, b"", b"ab", b"x" * 300,
          bytearray(b"ab"), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2],
          list(range(1001)), {}, {"a": 1}, {"a": 1, "b": 2}, {i: i for i in range(1000)}, set(),
          {1, 2, 3}, frozenset(), frozenset({1, 2}), set(range(1000)), 1j, int, str, len, ValueError,
          type(None), type(Ellipsis), (["shared"],) * 2, [b"same"] * 2, ["text"] * 3]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for value in values:
        data = pickle.dumps(value, proto)
        print(proto, data)
        back = pickle.loads(data)
        if back != value:
            print("  round trip differs:", repr(back)[:60])

print(pickle.dumps(3, protocol=-1), pickle.dumps(3))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

# Recursive structures come back with the same shape.
r = []
r.append(r)
r.append((r,))
d = {}
d["self"] = d
for proto in range(6):
    data = pickle.dumps([r, d], proto)
    print(proto, data)
    x, y = pickle.loads(data)
    print(x[0] is x, x[1][0] is x, y["self"] is y)

# Shared objects stay shared.
shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1], pair)
