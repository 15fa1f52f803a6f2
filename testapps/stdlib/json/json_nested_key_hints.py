# json.loads of records whose nested objects put other keys at the same member positions, at
# several depths (past the hinted ones too), with keys that are prefixes of one another, escaped
# keys, repeated keys (the last value wins, once), and an object_hook that parses JSON itself:
# every key is the one written, and equal keys in one document are one object.
import json

records = [
    {"id": i, "meta": {"parent": i // 2, "deep": {"a": {"b": {"c": {"d": {"e": i}}}}}}, "name": "n%d" % i}
    for i in range(4)
]
text = json.dumps(records, sort_keys=True)
back = json.loads(text)
print(back == records, back[3])
keys = [list(r) for r in back] + [list(r["meta"]) for r in back]
print(keys[0], keys[4], all(k[0] is keys[0][0] for k in keys[:4]), all(k[0] is keys[4][0] for k in keys[4:]))

doc = '[{"a": 1, "ab": 2, "abc": 3}, {"ab": 4, "a": 5, "abc": 6}, {"abc": {"a": 7, "ab": {"abc": 8}}}]'
print(json.loads(doc))
print(json.loads('{"k": 1, "k": 2, "\\u006b": 3}'), json.loads('[{"x": {"x": {"x": 1}}}, {"x": 2}]'))
print(json.loads('{"\\"q": 1, "q": {"\\"q": 2, "q": 3}}'))
wide = [{"k%d" % j: {"k%d" % (19 - j): j} for j in range(20)} for _ in range(2)]
print(json.loads(json.dumps(wide)) == wide, list(json.loads(json.dumps(wide))[1])[-3:])


def hook(d):
    if "inner" in d:
        d["inner"] = json.loads(d["inner"])
    return d


print(json.loads('[{"inner": "{\\"id\\": 1, \\"meta\\": {\\"id\\": 2}}", "id": 3}, {"id": 4, "meta": 5}]', object_hook=hook))
