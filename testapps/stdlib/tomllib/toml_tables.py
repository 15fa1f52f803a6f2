import tomllib

doc = """
[table]
key = "value"
[table.sub]
deep = 1
[ spaced . "table name" ]
x = 1
[dog."tater.man"]
type.name = "pug"
[a.b.c]
[a]
d = 2
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
[[products]]
name = "Nail"
color = "gray"
[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
[fruit]
apple.color = "red"
apple.taste.sweet = true
[fruit.apple.texture]
smooth = true
"""
import json
print(json.dumps(tomllib.loads(doc), indent=1, sort_keys=False))
print(tomllib.loads("[x]\n[x.y]\n[x.z]\n[w]"), tomllib.loads("a.b = 1\na.c = 2\n[t]\nq.r = 3"))
