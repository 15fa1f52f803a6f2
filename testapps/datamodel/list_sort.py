data = [5, 2, 8, 1, 9, 3]
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
def second(p):
    return p[1]
def key_len(s):
    return len(s)
print(sorted(data), sorted(data, reverse=True), data)
print(data.sort(), data)
print(data.sort(reverse=True), data)
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=key_len))
print(sorted(words, key=key_len, reverse=True))
print(sorted(pairs), sorted(pairs, key=second))
print(sorted([3, 1.5, 2, True]), sorted([]), sorted('cab'), sorted({3: 'a', 1: 'b'}))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')], reverse=True))
print(sorted(data, key=None))
try:
    print(sorted([1, 'a']))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([3, None].sort())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sorted())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sorted([1], bad=1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sorted(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sorted([1], key=1))
except Exception as e:
    print(type(e).__name__, e)
