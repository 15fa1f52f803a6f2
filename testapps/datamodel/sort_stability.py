# sort and sorted: stability, multi-key tuples, reverse keeps stability, key errors, mixed types.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [3, 1.5, True, 2, -1, 0.0]
print(sorted(nums), sorted(nums, reverse=True), max(nums), min(nums))
for bad in ([1, "a"], [None, 1], [[1], (1,)], [{1}, {2}, {1, 2}]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print(type(e).__name__, e)
lst = [5, 2, 8]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
try:
    lst.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)


def broken_key(x):
    if x == 2:
        raise ValueError("bad key")
    return x


data = [3, 2, 1]
try:
    data.sort(key=broken_key)
except ValueError as e:
    print(type(e).__name__, e, data)
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted((2, 1)), sorted(range(3), reverse=True))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), sorted([], key=len))
