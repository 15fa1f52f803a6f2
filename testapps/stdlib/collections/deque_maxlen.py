from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
print(d.maxlen, deque().maxlen, deque([1, 2], 5).maxlen)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
last = deque(maxlen=2)
for line in ["a", "b", "c", "d"]:
    last.append(line)
print(list(last))
z = deque([1, 2, 3], maxlen=0)
z.append(1)
print(z, len(z))
print(deque(range(10), maxlen=4), deque("abcdef", 2))
def moving_average(values, n):
    window = deque(maxlen=n)
    result = []
    total = 0
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        if len(window) == n:
            result.append(total / n)
    return result
print(moving_average([40, 30, 50, 46, 39, 44], 3))
c = deque([1, 2], maxlen=2)
print(c + deque([3]), c.copy().maxlen)
