# Classes as dict and set keys: hashed by identity (stable, equal to hash of the same class each
# time); the identity a class caches for its hash never leaks to another class.


class A:
    pass


class B(A):
    pass


table = {int: "int", str: "str", A: "A", B: "B", type: "type", type(None): "NoneType"}
for key in [int, str, A, B, type, type(None), float]:
    print(key.__name__, table.get(key))
print(hash(A) == hash(A), hash(A) == hash(B), hash(int) == hash(int))
print(hash(A) == id(A) >> 4 or hash(A) != 0)
print(len({A, B, A, B, int, int}))

# Types made at run time in a loop: each its own key.
made = {type("T%d" % i, (), {}): i for i in range(50)}
print(len(made), sorted(made.values())[:5])
keys = list(made)
print(all(made[k] == i for i, k in enumerate(keys)))

# Keys of (type, value, flags) tuples, as re's cache builds them.
cache = {}
for p in ["a", "b", b"a", "a"]:
    cache.setdefault((type(p), p, 0), len(cache))
print(cache)
