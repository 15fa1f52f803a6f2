# Sieve of Eratosthenes, repeated: integer loops and list stores.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    count = 0
    total = 0
    for n in range(limit + 1):
        if flags[n]:
            count += 1
            total += n
    return count, total


result = None
for _ in range(18):
    result = sieve(1000000)
print(result)
