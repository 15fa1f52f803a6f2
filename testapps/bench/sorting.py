# Sorting with key functions, reverse, and stability.
def make(n):
    x = 42
    out = []
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((x % 1000, "name%d" % (x % 5000), i))
    return out


records = make(150000)
checks = []
for _ in range(4):
    by_key = sorted(records, key=lambda r: r[0])
    by_name = sorted(records, key=lambda r: (r[1], -r[0]), reverse=True)
    nums = [r[0] * 31 % 997 for r in records]
    nums.sort()
    checks.append((by_key[0], by_key[-1], by_name[0], nums[len(nums) // 2], sorted(set(nums))[:3]))
print(checks[-1])
