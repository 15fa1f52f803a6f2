# json shortcuts: repeated object keys share one str, plain strings are copied whole,
# sorted str keys order by code point, and every escape still happens.
import json

rows = json.loads('[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"name": "c", "id": -3}]')
k0, k1 = list(rows[0]), list(rows[1])
print(k0[0] is k1[0], k0[1] is k1[1], rows)
print(json.loads('{"a": 1, "a": 2, "b": [1, 2.5, -0, -12345678901234567890, 1e400, 1E-2]}'))
data = {"zeta": 1, "alpha": [1.5, 2, None, True], "\U0001F600": "smile", "\uffff": 0, "Ω": "omega",
        "plain text": "tab\there \"quoted\" back\\slash \u00e9\u2028 \U0001F600 \x01 end"}
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([0.1, 1e16, 1e-5, 123456789.0, -0.0, 2**70, -5, 3.0]))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
try:
    print(json.dumps({1: "a", "b": 2}, sort_keys=True))
except Exception as e:
    print(type(e).__name__, e)
back = json.loads(json.dumps(data))
print(back == data, json.loads('"\\ud83d\\ude00 \\u00e9"') == "\U0001F600 \u00e9")
