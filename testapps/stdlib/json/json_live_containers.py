# json.dumps walks lists by index, re-reading their length, as CPython's encoder does: a
# default() hook that changes the list being written shows in the output. Also nested dicts
# sorted per level, and key types mixed with sort_keys.
import json


class Odd:
    pass


items = [1, 2, Odd()]


def grow(o):
    items.append("added")
    return "odd"


print(json.dumps(items, default=grow))

items2 = [1, Odd(), 3, 4]


def shrink(o):
    items2.pop()
    return "odd"


print(json.dumps(items2, default=shrink))

data = {"b": {"z": 1, "y": [{"q": 1, "p": 2}, {}], "x": {"n": None}}, "a": [], "c": {"k": (1, 2)}}
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=1))
print(json.dumps({3: "i", 1.5: "f", True: "t", None: "n"}))
try:
    print(json.dumps({3: "i", "x": 1}, sort_keys=True))
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({2: "b", 1: "a", 3: "c"}, sort_keys=True))
back = json.loads('[{"k": 1, "j": {"k": 2}}, {"k": 3, "\\u006b": 4}, {"k\\n": 5}]')
print(back, [list(d) for d in back])
print(back[0]["k"] is not None, list(back[1].keys())[0] is list(back[0].keys())[0])
