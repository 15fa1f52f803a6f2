# json edge cases: number and string literals at their bounds (big ints and the 4300-digit limit, short
# repeated string values, the 16/17-char bound, pairs, raw controls), separators, indents, errors.
import json
docs = [
    {"a": [1, 2.5, -0.0, 1e300, 1e-7, 123456789012345678901234567890, -2**63, 2**64], "b": None, "c": True},
    {"k\u00e9y": "caf\u00e9 \u2603 \U0001f600", "ctl": "\x00\x1f\x7f\u2028", "q": "\"\\/"},
    {3: "int key", 2.5: "float key", True: "bool", None: "none", "z": {}},
    [[], {}, [[[]]], "", 0, -1, 0.1, 1.0, 100.0, 1e16, 1.5e-10],
]
for d in docs:
    for kw in ({}, {"sort_keys": False, "indent": 2}, {"separators": (",", ":")}, {"ensure_ascii": False}, {"indent": "\t"}, {"indent": 0}):
        try:
            s = json.dumps(d, **kw)
        except TypeError as e:
            s = "TypeError: %s" % e
        print(repr(s))
        try:
            print(json.loads(s) == d, json.loads(s))
        except Exception as e:
            print(type(e).__name__, e)
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": [{"q": 1, "p": 2}]}}, sort_keys=True))
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '{a: 1}', '"abc', '"\\x"', '[1] x', '', '  \n  \n  [1,\n  2,\n  @]', '"\x01"', '-', '01', '1.', '1e', '[NaN, Infinity, -Infinity]', '{"a": 1, "a": 2}', '"\\ud83d\\ude00 \\ud83d x"', '1.5E+3', '-0', '123456789012345678901234567890.5', '  {"x" : [ 1 , 2 ] }  ', '[1.7976931348623157e309]', '"\\u00zz"']:
    try:
        v = json.loads(bad)
        print("ok", repr(v))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
try:
    json.loads("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(json.loads('{"a": 1, "b": [1, 2]}', object_pairs_hook=lambda p: p))
print(json.loads('[1.25, 2, "x"]', parse_float=str, parse_int=lambda s: int(s) * 2))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
print(json.dumps("x" * 3 + "\u20ac", ensure_ascii=True), json.dumps(2**100), json.dumps(-2**100))
print(json.dumps({"k": (1, 2)}, indent=1, separators=(",", ": ")))
# Short string values: repeated, colliding, at the length bound, with pairs and raw controls.
words = ["w%d" % i for i in range(3000)] + ["x" * 16, "y" * 17, "\U0001f600ab", "\u00e9t\u00e9", ""]
text = json.dumps([words, words[::-1], words])
back = json.loads(text)
print(back[0] == words, back[1] == words[::-1], back[2] == words, len(text))
print([len(w) for w in back[0][-5:]], back[0][-3] == "\U0001f600ab", len(back[0][-3]))
print(json.loads('["a\\u0000b", "\\ud83d\\ude00", "tab\\tx", "tab\\tx"]'))
print(repr(json.loads('["raw\tctl", "raw\tctl"]', strict=False)))
try:
    json.loads('["raw\tctl"]')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
d = json.loads('[{"s": "on"}, {"s": "on"}, {"s": "off"}]')
print([x["s"] for x in d], {x["s"] for x in d} == {"on", "off"}, hash(d[0]["s"]) == hash("on"))
print(json.loads('["' + "z" * 4000 + '"]')[0][-3:], json.loads('"' + "q" * 16 + '"'))
print(json.loads("-" + "9" * 30), json.loads("9" * 18), json.loads("-" + "9" * 18), json.loads("1" * 4300) % 1000)
try:
    json.loads("[-" + "1" * 4301 + "]")
except ValueError as e:
    print("ValueError", e)
