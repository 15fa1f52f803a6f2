import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 7, 5, 3, 1, 8, 6, 4, 2, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 100), data)
print(heapq.heappushpop([], 5))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
print([heapq.heappop(tasks) for _ in range(4)])
s = ["pear", "apple", "fig", "banana", "cherry"]
heapq.heapify(s)
print(s)
