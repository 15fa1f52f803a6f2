import json
from decimal import Decimal
import datetime

class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime.date, datetime.datetime)):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

data = {"when": datetime.date(2024, 5, 17), "tags": {"b", "a"}, "n": 3}
print(json.dumps(data, cls=DateEncoder))
print(json.dumps(data, cls=DateEncoder, indent=2, sort_keys=True))
print(DateEncoder().encode(data))
print(DateEncoder(separators=(",", ":")).encode([1, {"a": None}]))
print(list(json.JSONEncoder().iterencode({"a": [1, 2.5, "x", None, True], "b": {}})))
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, [2, {}], []], "b": {"c": False}})))
print(list(json.JSONEncoder().iterencode([1, 2], _one_shot=True)))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(data, cls=json.JSONEncoder)
except TypeError as e:
    print("TypeError:", e)

class Extra(json.JSONEncoder):
    def __init__(self, *, prefix="", **kw):
        super().__init__(**kw)
        self.prefix = prefix
    def encode(self, o):
        return self.prefix + super().encode(o)

print(json.dumps([1, 2], cls=Extra, prefix=">> "))
try:
    json.dumps([1], prefix="x")
except TypeError as e:
    print("TypeError:", e)

class Chunky(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()

print(Chunky().encode({"k": "v"}))
print(json.dumps({"k": ["v"]}, cls=Chunky))

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

w = Writer()
json.dump({"a": [1, 2]}, w, cls=DateEncoder)
print(w.parts)

e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent)
e = json.JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder(default=str)
print(e.encode([Decimal("1.5"), datetime.date(2020, 1, 1)]))
print(json.JSONEncoder(skipkeys=True).encode({(1, 2): 1, "a": 2}))
try:
    json.JSONEncoder().encode({(1, 2): 1})
except TypeError as e2:
    print("TypeError:", e2)
print(json.JSONEncoder(ensure_ascii=False).encode("héllo ☃"))
print(json.JSONEncoder().encode("héllo ☃"))
try:
    json.JSONEncoder(allow_nan=False).encode([float("nan")])
except ValueError as e3:
    print("ValueError:", e3)
print(json.JSONEncoder().encode([float("inf"), -float("inf")]))
l = []
l.append(l)
try:
    json.JSONEncoder().encode(l)
except ValueError as e4:
    print("ValueError:", e4)
try:
    list(json.JSONEncoder().iterencode(l))
except ValueError as e4:
    print("ValueError:", e4)
print(json.JSONEncoder(sort_keys=True, indent="\t").encode({"b": 1, "a": [True, 1.0]}))

print(list(json.JSONEncoder().iterencode({2: 3.5, None: 1, True: 2, 1.5: 0})))
print(json.JSONEncoder.__module__, json.JSONEncoder.__name__, json.JSONDecoder.__module__)
print(isinstance(DateEncoder(), json.JSONEncoder))
class Fallback(json.JSONEncoder):
    def default(self, o):
        return {"type": type(o).__name__}
print(json.dumps([object(), 1j], cls=Fallback))
print(list(Fallback().iterencode([object()])))
try:
    json.JSONEncoder(bogus=1)
except TypeError as e5:
    print("TypeError:", e5)
try:
    json.JSONEncoder(2)
except TypeError as e5:
    print("TypeError:", e5)

class ShowEnc(json.JSONEncoder):
    def __init__(self, **kw):
        print("encoder kwargs:", list(kw.items()))
        super().__init__(**kw)

class ShowEnc2(ShowEnc):
    def __init__(self, extra_option=None, **kw):
        print("extra:", extra_option)
        super().__init__(**kw)
print(json.dumps({"b": 1, "a": 2}, cls=ShowEnc2, sort_keys=True, extra_option=7))
print(json.dumps([1], cls=ShowEnc, indent=1, separators=(";", "="), default=str, skipkeys=True))
w = Writer()
json.dump([1, {"a": "b"}], w, cls=ShowEnc, indent=2)
print(w.parts)
w = Writer()
json.dump([1, {"a": "b"}], w)
print("".join(w.parts))
import enum
class Color(enum.IntEnum):
    RED = 1
class Flt(float):
    def __repr__(self):
        return "Flt!"
print(json.JSONEncoder().encode([Color.RED, Flt(2.5), {Color.RED: Flt(1.0)}]))
print(list(json.JSONEncoder().iterencode([Color.RED, Flt(2.5), {Color.RED: Flt(1.0)}])))
print(list(json.JSONEncoder(check_circular=False).iterencode(({"t": (1, 2)}, [], {}))))
print(json.JSONEncoder(sort_keys=True).encode({"b": [{"d": 1, "c": 2}], "a": None}))
print(list(json.JSONEncoder(sort_keys=True).iterencode({"b": [{"d": 1, "c": 2}], "a": None})))
try:
    json.JSONEncoder(sort_keys=True).encode({"b": 1, 2: 3})
except TypeError as e:
    print("TypeError:", e)
try:
    list(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, 2: 3}))
except TypeError as e:
    print("TypeError:", e)
e = json.JSONEncoder()
e.indent = 3
e.item_separator = ","
print(e.encode({"late": [1]}))
print(json.JSONEncoder(ensure_ascii=False).encode({"ключ": "\U0001f600\n"}))
print(list(json.JSONEncoder().iterencode("solo")), list(json.JSONEncoder().iterencode(1.5)), list(json.JSONEncoder().iterencode(None)))
