import json

bad = ['{"a":1,}', '[1,]', '[1 2]', '"abc', '"a\x01"', '"\\x"', '"\\u12"', '{1:2}', '[', '', '  ', '1 2', 'nul',
       '-', '01', '1.', '[1,2', '{"a":1', '{"a" 1}', 'tru', '\ufeff[]', '[1]\n\n  x', '"😀" x', '{"a": [1, 2}']
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
try:
    json.loads("[")
except ValueError as e:
    print("ValueError", type(e).__name__, isinstance(e, ValueError))
e = json.JSONDecodeError("custom", "ab\ncd", 4)
print(e, e.lineno, e.colno, repr(e))
for f, arg in [(json.dumps, {(1, 2): 3}), (json.dumps, {1, 2}), (json.loads, 5), (json.loads, None)]:
    try:
        f(arg)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
cycle = []
cycle.append(cycle)
try:
    json.dumps(cycle)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(1, foo=2)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads("[]", foo=1)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps()
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(1, 2)
except TypeError as e:
    print("TypeError", e)


def default(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)


print(json.dumps({"s": {3, 1, 2}}, default=default))
try:
    json.dumps({"f": print}, default=default)
except TypeError as e:
    print("TypeError", e)

