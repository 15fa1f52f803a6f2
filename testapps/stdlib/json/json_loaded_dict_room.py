# Dicts made by json.loads behave like CPython's after mutation: the room a dict built by
# successive insertions has (5 or 10 entries) shows when a key is deleted and another inserted
# while iterating, and when keys of other types or many more keys are added.
import json


def churn(text, delete, insert):
    d = json.loads(text)
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k == delete:
                del d[delete]
                d[insert] = 0
    except RuntimeError as e:
        print("RuntimeError", e)
    print(seen, list(d.items()))


churn('{"a": 1, "b": 2, "c": 3}', "a", "x")
churn('{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}', "a", "x")
churn('{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}', "b", "y")
churn('{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "j": 10}', "c", "z")
churn('{"only": 1}', "only", "other")

# Growing a parsed dict past its room, with str, int and other keys.
for n in (1, 2, 4, 5, 6, 9, 10):
    d = json.loads(json.dumps({"k%d" % i: i for i in range(n)}))
    for i in range(12):
        d["n%d" % i] = i
    d[3] = "int"
    d[(1, 2)] = "tuple"
    d[2.5] = "float"
    del d["k0"]
    d["again"] = 1
    print(n, len(d), list(d)[:3], list(d)[-4:])

# Deleting and popping on parsed dicts, then inserting again.
d = json.loads('{"p": 1, "q": 2, "r": 3, "s": 4}')
print(d.popitem(), d.pop("p"), d)
d["t"] = 5
d["u"] = 6
d["v"] = 7
print(d, d.setdefault("w", 8), d)
d.clear()
d["fresh"] = 1
print(d)

# A non-str key first, then iteration with a delete and an insert.
d = json.loads('{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}')
d[1] = "one"
seen = []
try:
    for k in d:
        seen.append(k)
        if k == "b":
            del d["c"]
            d["c2"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(seen, d)

# Nested records keep their order and values through a round trip, and copies grow alike.
records = json.loads(json.dumps([{"id": i, "tags": ["t%d" % i], "meta": {"x": i, "y": None}} for i in range(3)]))
for r in records:
    c = dict(r)
    c["extra"] = True
    r["meta"]["z"] = r["id"] * 2
    print(r, c)
