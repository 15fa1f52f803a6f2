# Big ints divided by big ints of nearly their size (quotients below 2**32), by //, % and
# divmod, with every sign and at limb boundaries: exact multiples, remainders of zero and of
# one short of the divisor, dividends below the divisor.
divisors = [2**64, 2**64 + 1, 2**128 - 1, 2**128, 3**90, 2**127 + 12345, 10**40 + 7]
factors = [0, 1, 2, 3, 7, 2**31, 2**32 - 1, 1000003]
for d in divisors:
    for f in factors:
        for extra in (0, 1, -1, d - 1):
            n = d * f + extra
            if n < 0:
                continue
            for a, b in ((n, d), (-n, d), (n, -d), (-n, -d)):
                q = a // b
                r = a % b
                assert (q, r) == divmod(a, b), (a, b)
                assert q * b + r == a
                print(q, r % 1000000007, (r < 0) == (b < 0) or r == 0)
print(2**64 // (2**64 + 1), (2**64 + 1) // 2**64, -(2**64) // (2**64 + 1), (2**128) // -(2**64 + 1))
print((2**96 - 1) // (2**64 - 1), (2**95) // (2**64 - 1) == 2**31)
