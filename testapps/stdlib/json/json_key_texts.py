# dumps of the same key objects under different options in a row: each call's own escaping and separators.
import json

class K(str):
    pass

keys = ["plain", "é-accent", 'quo"te', "back\\slash", "tab\there", "\U0001f600", "x" * 60, "ctl\x01"]
record = {k: i for i, k in enumerate(keys)}
record[K("sub")] = "subclass key"
nested = {"outer": record, "list": [record, {"plain": None}], 3: "int key", 1.5: "float", None: 0, True: 1}

for ascii_ in (True, False, True):
    print(json.dumps(record, ensure_ascii=ascii_))
for sep in ((",", ":"), (", ", ": "), (" ,", " = "), (",", ":")):
    print(json.dumps(nested, separators=sep))
print(json.dumps(nested, indent=1, sort_keys=False, ensure_ascii=False))
print(json.dumps([record] * 3, sort_keys=True, separators=(",", ":")))
# many distinct keys: more than the cached ones, written again in another order
big = {"k%03d" % i: i for i in range(300)}
print(len(json.dumps(big)), json.dumps(big)[:60], json.dumps(dict(reversed(big.items())))[-60:])
back = json.loads(json.dumps(nested))
print(json.dumps(back) == json.dumps(nested), json.dumps(back, ensure_ascii=False))
print(json.loads('  {"a" :1 ,  "b":[ 1 , 2 ]\n,"c"\t:\r{ } }  '))
for bad in ('{"a": 1,}', '{"a" 1}', '[1 ,]', '[1  2]', ' ', '{"a": 1} x'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e)
