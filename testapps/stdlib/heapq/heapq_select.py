import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums), heapq.nlargest(20, nums))
print(heapq.nsmallest(-1, nums), heapq.nsmallest(100, [3, 1, 2]))
portfolio = [("IBM", 100, 91.1), ("AAPL", 50, 543.22), ("FB", 200, 21.09), ("HPQ", 35, 31.75), ("YHOO", 45, 16.35), ("ACME", 75, 115.65)]
def price(s):
    return s[2]
def shares(s):
    return s[1]
print(heapq.nsmallest(3, portfolio, key=price))
print(heapq.nlargest(3, portfolio, key=shares))
words = ["aa", "b", "cc", "d", "eee", "ff"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print(list(heapq.merge()), list(heapq.merge([], [1])), list(heapq.merge([3, 2, 1], [5, 4], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([(1, "x"), (2, "y")], [(1, "a"), (3, "b")])))
m = heapq.merge(range(3), range(2))
print(next(m), next(m), list(m))
