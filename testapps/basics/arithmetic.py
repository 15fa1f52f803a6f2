# Integer and float arithmetic, including results past 64 bits.
a = 7
b = -2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 3)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(2 ** 64, 2 ** 100 - 1, -(2 ** 63) - 1)
big = 1
for i in range(1, 30):
    big = big * i
print("29! =", big)
print(big // 12345678901234567, big % 1000000007)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(1 << 70, (1 << 70) >> 65, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(0.1 + 0.2, 1.5 * 4, 10 / 4, 10 / 5, 7.5 // 2, -7.5 % 2)
print(1e16, 1e15, 123456789.123456789, 1 / 3, 2 ** -2)
print(3 * 1.5, 1 + True, True + True, 2 ** 0.5)
x = 10
x += 5
x -= 3
x *= 4
x //= 5
x %= 7
x **= 3
print(x)
y = 1.0
y /= 3
print(y)
print(abs(-5), abs(3.25), abs(-2 ** 70))
print(int("123") + 1, int(" -45 "), int("ff", 16), float("2.5"), float("1e3"), int(7.9), int(-7.9))
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53), 3 < 4.5, -1 < -0.5)
