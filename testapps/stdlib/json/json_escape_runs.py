# json.dumps of strs whose escapes come alone, in runs, at the start and the end, with and without
# ensure_ascii: plain runs are copied between escapes, escapes in a row are written one by one.
import json

samples = [
    "",
    "plain text",
    "\n",
    "\"quoted\"",
    "ends with newline\n",
    "\ttab first",
    "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e",
    "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440",
    "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8",
    "emoji \U0001F600 and \U0001F680!",
    "lone \ud800 high and \udc00 low",
    "\x00\x01\x1f\x7f\x80\u2028\u2029\ufeff",
    "back\\slash \\\\ and /slash",
    "mixed \"\u00e9\"\n\\\u4e2d\t\u00e9x",
    "a" * 100 + "\u00e9" * 50 + "b" * 100 + "\n" * 10,
    "~\x7f\x7e",
]
for s in samples:
    print(json.dumps(s))
    print(ascii(json.dumps(s, ensure_ascii=False)))
    assert json.loads(json.dumps(s)) == s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s

doc = {"name\u00e9": samples, "k\n": {"\u4e2d": "v\t"}}
print(json.dumps(doc, indent=1, sort_keys=True))
print(ascii(json.dumps(doc, ensure_ascii=False, separators=(",", ":"))))
big = "\u00e9x" * 5000 + "\"" * 3000
print(len(json.dumps(big)), json.dumps(big)[-20:], len(json.dumps(big, ensure_ascii=False)))
try:
    json.dumps({"\u00e9": 1, 2: "x"}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
