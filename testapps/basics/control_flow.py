# if/elif/else, while with else, for over range and lists, break and continue.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 42]:
    print(n, classify(n))

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished without break")

count = 0
while True:
    count += 1
    if count > 3:
        break
print("count", count)

for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not printed: the loop broke")

for i in range(3):
    pass
else:
    print("for finished, i =", i)

for i in range(10, 0, -3):
    print(i, end=" ")
print()

total = 0
for x in [1, 2, 3, 4]:
    for y in range(x):
        total += x * y
print("total", total)

if not [] and not 0 and not "" and not None:
    print("empty values are false")
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or "default")
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 2 == 2 != 3)
print(3 if count > 2 else 4, "yes" if not count else "no")
