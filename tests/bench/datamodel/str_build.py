# String building: f-strings, join, replace, find, upper, slicing.
parts = []
acc = 0
for i in range(60000):
    s = f'item-{i}:{i * 3}'
    parts.append(s.upper())
    if len(parts) > 100:
        joined = ','.join(parts)
        acc += joined.find('ITEM-5') + len(joined.replace('ITEM', 'x'))
        parts = []
    acc += len(s[2:8])
print(acc)
