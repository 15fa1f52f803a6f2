import json

text = '{"name": "pypack", "list": [1, 2.5, -3, 1e3, 1E-2, true, false, null], "nested": {"a": {"b": []}}, "s": "esc\\n\\t\\"\\\\\\/\\u00e9\\ud83d\\ude00"}'
value = json.loads(text)
print(value)
print(value["s"], len(value["s"]))
print(json.loads("  [ 1 , 2 ]  "), json.loads('"x"'), json.loads("3"), json.loads("-0"), json.loads("-0.0"))
print(json.loads("12345678901234567890123456789"), json.loads("1E400"), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('"\\ud83d"') == "\ud83d")


def hook(d):
    return sorted(d.items())


print(json.loads('{"b": 1, "a": {"d": 2, "c": 3}}', object_hook=hook))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(json.loads('[NaN, Infinity]', parse_constant=str))
print(json.loads('"a\tb"', strict=False))
roundtrip = {"x": [1, 2, {"y": None}], "z": "ü"}
print(json.loads(json.dumps(roundtrip)) == roundtrip)
