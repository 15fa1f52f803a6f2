records = [{"name": "b", "age": 3}, {"name": "a"}]


def by_age(record):
    return record["age"]


print(sorted(records[:1], key=by_age))
print(sorted(records, key=by_age))
