# json.loads of bytes and bytearray: the encoding is told by a byte order mark or by where the
# zero bytes of the first characters are, else UTF-8; errors name positions in the decoded text.
import json

doc = '{"name": "caf\u00e9 \u2603 \U0001F600", "n": [1, 2.5, null]}'
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    data = doc.encode(enc)
    print(enc, json.loads(data), json.loads(bytearray(data)) == json.loads(doc))
print(json.loads(b"7"), json.loads(b"[]"), json.loads("7".encode("utf-16-le")), json.loads(b'"\\ud83d\\ude00"'))
for bad in [b'{"a": }', b"\xef\xbb\xbf[1,", b"\xff\xfe[\x00", b'"\xc3"', 12, None]:
    try:
        print(json.loads(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    json.loads("\ufeff[1]")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
