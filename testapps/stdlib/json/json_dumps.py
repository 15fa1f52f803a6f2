import json

data = {"name": "pypack", "version": [0, 1, 0], "ok": True, "none": None, "ratio": 0.1, "big": 10 ** 30,
        "nested": {"empty_list": [], "empty_dict": {}, "tuple": (1, 2)}, "neg": -1.5e-7, "huge": 1e16}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, 3]], indent=2, separators=(", ", ": ")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps("plain"), json.dumps(5), json.dumps(None), json.dumps(False), json.dumps(2.0))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps("quote\" backslash\\ newline\n tab\t cr\r bell\x07 del\x7f"))
print(json.dumps("é ü 中文 😀"))
print(json.dumps("é ü 中文 😀", ensure_ascii=False))
print(json.dumps({"k": "v"}, ensure_ascii=False, indent=1))
print(json.dumps([]), json.dumps({}), json.dumps([[]]), json.dumps([{}], indent=2))
