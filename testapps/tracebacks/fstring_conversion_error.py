def label(item):
    return f"{item['name']}: {int(item['count']):>5}"


print(label({"name": "apples", "count": "3"}))
print(label({"name": "pears", "count": "three"}))
