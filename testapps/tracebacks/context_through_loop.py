def parse_all(items):
    results = []
    for item in items:
        try:
            results.append(int(item))
        except ValueError:
            results.append(float(item))
    return results


print(parse_all(["1", "2.5"]))
print(parse_all(["3", "four"]))
