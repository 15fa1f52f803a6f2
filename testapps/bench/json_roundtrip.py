# JSON round trip of nested records.
import json


def make(n):
    return [
        {
            "id": i,
            "name": "item-%d" % i,
            "price": i * 1.25,
            "tags": ["t%d" % (i % 7), "t%d" % (i % 11)],
            "active": i % 3 == 0,
            "meta": {"parent": None if i % 5 else i // 5, "score": (i * 37) % 101},
        }
        for i in range(n)
    ]


data = make(20000)
total = 0
for _ in range(15):
    text = json.dumps(data, sort_keys=True)
    back = json.loads(text)
    total += len(text) + sum(r["meta"]["score"] for r in back)
print(total)
print(json.dumps(back[7], sort_keys=True, indent=2))
