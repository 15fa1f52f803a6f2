import math

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 27))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(True, 4))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2, 3, 4))
for n in [0, 1, 5, 10, 20, 25, 50]:
    print(n, math.factorial(n))
print(math.factorial(100))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(50, 25), math.comb(100, 3))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(10, 10), math.perm(0))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 10 ** 40 + 1, 2 ** 127]:
    print(n, math.isqrt(n))
total = 0
for i in range(1, 200):
    total += math.isqrt(i * i - 1) + math.isqrt(i * i)
print(total)
