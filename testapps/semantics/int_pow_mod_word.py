# pow(a, e, m) for moduli of one word, on each side of 2**32 and 2**50 (where the product's
# quotient is estimated in doubles) and up to 2**64: odd, even, negative, bases of any sign and size.
moduli = [2 ** 32 - 5, 2 ** 32, 2 ** 32 + 15, 10 ** 12 + 39, 2 ** 49 + 1, 2 ** 50 - 27, 2 ** 50 - 2,
          2 ** 50, 2 ** 50 + 55, 2 ** 63 - 25, 2 ** 64 - 59, 2 ** 64 - 2, 999999999989, 10 ** 15 + 37]
bases = [0, 1, 2, 3, -3, 2 ** 50 - 1, 2 ** 50 - 28, -(2 ** 49) + 7, 3 ** 80, -(7 ** 60), 10 ** 12 + 38]
exponents = [0, 1, 2, 3, 64, 65537, 10 ** 12 + 38, 2 ** 100 + 3, 3 ** 40]
digest = 0
for m in moduli:
    for sign in (1, -1):
        mod = m * sign
        for b in bases:
            for e in exponents:
                r = pow(b, e, mod)
                digest = (digest * 1000003 + r) % (2 ** 61 - 1)
        print(mod, pow(3, mod - 1 if mod > 0 else 5, mod), pow(-5, 12345, mod), pow(2 ** 50 - 1, 2 ** 50 - 1, mod))
print(digest)


def is_probable_prime(n):
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


print([n for n in range(2 ** 50 - 400, 2 ** 50, 2) if is_probable_prime(n + 1)])
print([n for n in range(10 ** 14, 10 ** 14 + 300) if n % 2 and is_probable_prime(n)])
print(pow(5, -1, 2 ** 50 - 27), pow(-7, -3, 10 ** 12 + 39))
