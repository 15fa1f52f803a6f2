# Large texts dumped one after another (the encoder's buffers serve the next call), a dumps run
# inside another one's default hook, and the str a dumps returns: its length, slices, surrogate
# pairs from indent or separators, and its use as a dict key and in a round trip.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def nested_default(obj):
    if isinstance(obj, Point):
        # A whole dumps while the outer one is half written; large enough for several buffers.
        inner = json.dumps([{"x": obj.x, "n": i, "s": "p%d" % i} for i in range(3000)])
        return {"inner_len": len(inner), "inner_tail": inner[-40:], "x": obj.x}
    raise TypeError("no")


def checksum(text):
    h = 0
    for i in range(0, len(text), 997):
        h = (h * 31 + ord(text[i])) % 1000003
    return h


records = [{"id": i, "name": "item-%d" % i, "price": i * 1.25, "tags": ["t%d" % (i % 7)],
            "meta": {"ok": i % 3 == 0, "none": None}} for i in range(12000)]
previous = None
for round_ in range(4):
    text = json.dumps(records, sort_keys=round_ % 2 == 0)
    # Each text is whole and its own: no piece of an earlier one shows through.
    print(round_, len(text), checksum(text), text[:60], text[-60:])
    back = json.loads(text)
    print(back == records, back[-1])
    if previous is not None and round_ % 2 == 0:
        print("same as two rounds ago:", previous == text)
    previous = text if round_ % 2 == 0 else previous

# A short text after the long ones: it must not carry any of their characters.
print(json.dumps({"short": [1, 2, 3]}))
print(json.dumps([Point(1, 2), {"after": "x" * 50}, Point(3, 4)], default=nested_default)[:300])
big = json.dumps([Point(i, i) for i in range(3)], default=nested_default, indent=1)
print(len(big), checksum(big), big[-80:])

# Surrogate pairs through indent and separators (ensure_ascii escapes everything else).
for kwargs in ({"indent": "\U0001F600"}, {"separators": (",\U0001F600", ":")}, {"indent": 2}, {}):
    s = json.dumps({"a": [1, "\U0001F601"], "b": "\u00e9"}, **kwargs)
    print(repr(s), len(s), s[3:9], s.encode("utf-16-le")[:8])
s = json.dumps(["\U0001F602" * 3], ensure_ascii=False)
print(len(s), s[2], s[1:3], list(s))

# dumps results as dict keys, hashed and compared with equal strs built otherwise.
counts = {}
for i in range(5):
    key = json.dumps({"k": i % 2})
    counts[key] = counts.get(key, 0) + 1
print(counts, counts.get('{"k": 0}'), '{"k": 1}' in counts)
