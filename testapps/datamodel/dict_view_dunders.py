# Dict views' types list the dunders CPython's have (set-like keys and items, plain values).
d = {1: 2}
for v in (d.keys(), d.values(), d.items()):
    print(type(v).__name__, sorted(n for n in dir(type(v))))
k = {1: 2, 3: 4}.keys()
print(type(k).__len__(k), type(k).__contains__(k, 3), list(type(k).__iter__(k)), list(type(k).__reversed__(k)))
print(type(k).__and__(k, {1}), type(k).__rsub__(k, {1, 5}), type(k).__or__(k, [7]), type(k).__xor__(k, 'a'))
print(type(k).__and__(k, 5), {}.items().__rxor__({(1, 2)}))
