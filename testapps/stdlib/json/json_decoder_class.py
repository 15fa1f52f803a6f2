import json
from decimal import Decimal
from collections import OrderedDict

d = json.JSONDecoder()
print(d.decode('{"a": [1, 2.5, "x"], "b": null}'))
print(d.raw_decode('{"a": 1} trailing'))
print(d.raw_decode('xx[1, 2]', 2))
print(d.raw_decode('"héllo" 5'))
for bad in ['', ' ', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', 'nul', '"abc', '[1] x', '{1: 2}', '"\\x"', '\n\n  [1,\n  2,,]', '"a\tb"', '"\\ud800"', '\ufeff[1]']:
    try:
        print(repr(d.decode(bad)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, "|", e, "|", e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
try:
    d.raw_decode(' 1')
except json.JSONDecodeError as e:
    print("raw:", e)
try:
    json.loads('"\ufeff"x')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('\ufeff1')
except json.JSONDecodeError as e:
    print(e)
print(json.JSONDecoder(strict=False).decode('"a\tb"'))
print(json.loads('"a\nb"', strict=False))
print(json.JSONDecoder(parse_float=Decimal).decode('[1.10, 2, 3e2]'))
print(json.JSONDecoder(parse_int=str).decode('[1.10, 2, -30]'))
print(json.JSONDecoder(parse_constant=lambda c: "const:" + c).decode('[NaN, Infinity, -Infinity]'))
print(json.JSONDecoder(object_hook=lambda o: sorted(o.items())).decode('{"b": {"y": 1, "x": 2}, "a": 1}'))
print(json.JSONDecoder(object_pairs_hook=OrderedDict).decode('{"b": 1, "a": {"c": 2}}'))
print(json.JSONDecoder(object_pairs_hook=list, object_hook=dict).decode('{"b": 1, "b": 2}'))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class PointDecoder(json.JSONDecoder):
    def __init__(self, *args, **kwargs):
        super().__init__(object_hook=self.hook, *args, **kwargs)
    def hook(self, o):
        if set(o) == {"x", "y"}:
            return Point(o["x"], o["y"])
        return o

print(json.loads('[{"x": 1, "y": 2}, {"z": 3}]', cls=PointDecoder))
import io
print(json.load(io.StringIO('{"p": {"x": 5, "y": 6}}'), cls=PointDecoder))

class Upper(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())
print(json.loads('["abc", true]'.replace("true", "1"), cls=Upper))

class Tagged(json.JSONDecoder):
    def __init__(self, *, tag, **kw):
        super().__init__(**kw)
        self.tag = tag
    def decode(self, s):
        return (self.tag, super().decode(s))
print(json.loads('[1]', cls=Tagged, tag="T", parse_int=float))
try:
    json.loads('[1]', tag="T")
except TypeError as e:
    print("TypeError:", e)
dec = json.JSONDecoder()
print(dec.strict, dec.parse_float is float, dec.parse_int is int, dec.object_hook, dec.object_pairs_hook)
print(dec.parse_constant("NaN"), dec.parse_constant("-Infinity"))
# several documents in one string
s = '{"a": 1} {"b": 2}  [3]'
pos = 0
while pos < len(s):
    while pos < len(s) and s[pos].isspace():
        pos += 1
    obj, pos = dec.raw_decode(s, pos)
    print(obj, pos)
e = json.JSONDecodeError("boom", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.args)
print(isinstance(e, ValueError))
try:
    json.JSONDecoder(bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(b'[1]', cls=json.JSONDecoder)
    print(json.loads(b'[1]', cls=json.JSONDecoder))
except TypeError as e:
    print("TypeError:", e)

class Show(json.JSONDecoder):
    def __init__(self, **kw):
        print("decoder kwargs:", sorted(kw), list(kw))
        super().__init__(**kw)
print(json.loads('{"a": 1.5}', strict=False, cls=Show, parse_int=int, object_hook=dict, parse_float=float))
print(json.loads('{"a": 1.5}', cls=Show))
print(json.detect_encoding(b'{"a": 1}'), json.detect_encoding(b'\xef\xbb\xbf{}'), json.detect_encoding('{}'.encode('utf-16-le')))
print(json.loads('{"a": "b"}'.encode('utf-16'), cls=Show))
class Raw(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ("raw", obj), end
print(json.loads(' [1] ', cls=Raw))
print(json.JSONDecoder().raw_decode('[1, "\U0001f600", {"k": "\u00e9"}] tail'))
print(json.JSONDecoder().raw_decode('\U0001f600 [2]', 2))
try:
    json.JSONDecoder().raw_decode('[1]', -1)
except ValueError as e:
    print("ValueError:", e)
try:
    json.JSONDecoder().decode(b'[1]')
except TypeError as e:
    print("TypeError:", e)
try:
    json.JSONDecoder().decode(5)
except TypeError as e:
    print("TypeError:", e)
print(json.JSONDecoder().decode('\U0001f600 '.strip() and '"\U0001f600" '))
try:
    json.JSONDecoder().decode('["\U0001f600", x]')
except json.JSONDecodeError as e:
    print(e.pos, e.colno, e)
