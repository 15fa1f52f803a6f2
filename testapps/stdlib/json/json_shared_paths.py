# json shortcuts that depend on what came before in the same call: key orders reused for
# dicts of the same key objects, the path of containers checked for cycles, the decoder's
# shared stacks (a hook that runs loads, an error midway), small dicts built without lookups,
# ints read while scanning, floats and ints formatted in place, exact dict subscripts.
import json

# The same key objects in another insertion order, another count, other keys.
ka, kb, kc = "b", "a", "c"
rows = [{ka: 1, kb: 2, kc: 3}, {kc: 4, kb: 5, ka: 6}, {ka: 7, kb: 8}, {kb: 9, ka: 10, kc: 11},
        {"z": 1, "y": 2, "x": 3}, {ka: 1, kb: 2, kc: 3}, {"é": 1, "e": 2, "E": 3, "\U0001F600": 4}]
print(json.dumps(rows, sort_keys=True))
print(json.dumps(rows, sort_keys=True, indent=1, separators=(",", "=")))
many = {("k%02d" % (40 - i)): i for i in range(40)}
print(json.dumps(many, sort_keys=True)[:80])


class S(str):
    pass


print(json.dumps([{S("b"): 1, "a": 2}, {"b": 1, "a": 2}], sort_keys=True))
try:
    print(json.dumps([{"a": 1, "b": 2}, {"a": 1, 2: 2}], sort_keys=True))
except Exception as e:
    print(type(e).__name__, e)

# Cycles near and beyond 16 levels; the same list twice side by side is no cycle.
shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))
deep = []
node = deep
for _ in range(30):
    child = []
    node.append(child)
    node = child
print(json.dumps(deep)[:40], len(json.dumps(deep)))
node.append(deep)
try:
    json.dumps(deep)
except Exception as e:
    print(type(e).__name__, e)
mid = []
node = mid
for _ in range(20):
    child = {"k": []}
    node.append(child)
    node = child["k"]
node.append(mid[0])
try:
    json.dumps(mid)
except Exception as e:
    print(type(e).__name__, e)


def default(o):
    return sorted(o)


print(json.dumps({"s": {3, 1, 2}, "t": [{4, 5}]}, default=default, sort_keys=True))

# Numbers: ints around 64 bits, negative zero, floats at the repr's boundaries.
print(json.loads("[0, -0, 7, -7, 12345678901234567, -12345678901234567, 123456789012345678,"
                 " -123456789012345678, 9223372036854775807, 9223372036854775808, -9223372036854775809,"
                 " 100000000000000000000, 1.5, -0.0, 1e5, 2E-3]"))
print(json.dumps([1e15, 1e16, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0, -0.0, 5.0, -2.5, 1 / 3,
                  2**63, -2**63, 2**64, 255, 256, -5, -6, 1e300, 5e-324]))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
try:
    json.dumps([1.5, float("inf")], allow_nan=False)
except Exception as e:
    print(type(e).__name__, e)

# Duplicate keys: the last value at the first key's place; many keys; escaped keys equal to plain ones.
print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('{"a": 1, "\\u0061": 2, "c": 3}'))
big = json.loads("{" + ", ".join('"k%d": %d' % (i, i) for i in range(30)) + ', "k3": -1}')
print(len(big), big["k3"], list(big)[:5])
print(json.loads('{"x": "tab\\tnew\\nline", "y": "a\\"b", "z": "plain", "w": "\\ud83d\\ude00"}'))
print(json.loads('["a\tb"]', strict=False))
try:
    json.loads('["ok", "a\tb"]')
except Exception as e:
    print(type(e).__name__, e)


# A hook that runs loads itself, one that fails midway, then the outer parse goes on.
def hook(d):
    if "inner" in d:
        d["inner"] = json.loads(d["inner"])
    return d


print(json.loads('[1, {"inner": "[2, {\\"x\\": [3, 4]}, 5]", "after": [6, 7]}, 8]', object_hook=hook))


def failing(d):
    if "bad" in d:
        try:
            json.loads('[1, 2, {"a": [3, ')
        except Exception as e:
            print("inner", type(e).__name__, e)
    return d


print(json.loads('[[1, 2], {"bad": [9, 9], "y": [1]}, [3, {"z": 4}]]', object_hook=failing))
try:
    json.loads('[[1, 2], {"a": [3, 4], "b": ')
except Exception as e:
    print(type(e).__name__, e)
print(json.loads('[[5], {"c": [6]}]'))


# Exact dicts and dict subclasses under subscripts.
class M(dict):
    def __missing__(self, key):
        return "missing " + str(key)


d = json.loads('{"a": {"b": 1}}')
m = M(d)
print(d["a"]["b"], m["zz"], m["a"])
for key in ["zz", 3, (1, 2)]:
    try:
        print(d[key])
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(d[[1]])
except Exception as e:
    print(type(e).__name__, e)
