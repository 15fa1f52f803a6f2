# Int expressions of literals past 64 bits are folded at build time: same values, same types,
# and expressions that would fail or grow huge still behave as at run time.
print(1 << 64, (1 << 64) - 1, -(1 << 63) - 1, 2 ** 100, 2 ** 64 * 3)
print(-(2 ** 70) // 3, -(2 ** 70) % 3, (2 ** 70) // -3, (2 ** 70) % -3, (2 ** 70) % 7)
print((1 << 80) >> 10, -(1 << 80) >> 200, (1 << 80) >> 200, (2 ** 65) & (2 ** 66 - 1), (2 ** 65) | 1, (2 ** 65) ^ (2 ** 64))
print(type(1 << 64).__name__, (1 << 64) == 18446744073709551616, hash(1 << 64) == hash(18446744073709551616))
x = 12345
for _ in range(3):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    print(x, x % 1000)
print(2 ** -1, 7 // 2, 2 ** 62 * 4 - 1, True << 64)
for label, f in [("div0", lambda: (1 << 64) // 0), ("mod0", lambda: (1 << 64) % 0),
                 ("negshift", lambda: (1 << 64) << -1), ("negrshift", lambda: (1 << 64) >> -1)]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
print(len(str(3 ** 5000)), (1 << 5000).bit_length())
