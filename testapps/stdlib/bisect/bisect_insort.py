import bisect

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(a, x)
print(a)
b = []
for x in [3, 1, 2]:
    bisect.insort_left(b, x)
    bisect.insort_right(b, x)
print(b)
pairs = []
for p in [(2, "b"), (1, "a"), (2, "a"), (1, "z")]:
    bisect.insort(pairs, p)
print(pairs)
words = ["apple", "fig", "banana", "kiwi"]
sorted_words = []
for w in words:
    bisect.insort(sorted_words, w, key=len)
print(sorted_words)
print(bisect.bisect_left(sorted_words, 4, key=len), bisect.bisect_right(sorted_words, 4, key=len))
recs = [("bob", 3), ("amy", 5), ("cat", 8)]
print(bisect.bisect_left(recs, 5, key=len if False else None) if False else bisect.bisect_left([r[1] for r in recs], 5))
c = [1, 2, 3]
bisect.insort(c, 2, 0, 1)
print(c)
