# isqrt, factorial, comb and perm across the small/big boundary, and int() of long decimal text.
import math
vals = [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 26, 2**32-1, 2**32, 2**62, 2**63-1, 2**64-1, 2**64, 2**64+1, 10**40, 10**40-1, 3**300, 3**301+7, 2**1000, (2**500+3)**2, (2**500+3)**2-1, math.factorial(1400)]
for v in vals:
    r = math.isqrt(v)
    print(r % 1000003, r*r <= v < (r+1)**2)
class I(int): pass
print(math.isqrt(I(10**30)), math.isqrt(True))
for n in [0, 1, 2, 3, 4, 5, 10, 20, 21, 25, 30, 64, 100, 257, 1000, 1400]:
    print(n, math.factorial(n) % (10**9+7), math.factorial(n).bit_length())
for n, k in [(0,0),(5,0),(5,5),(5,6),(10,3),(10,7),(60,30),(70,35),(100,50),(2800,1400),(10**20,2),(10**30, 3), (2**63-1, 2), (2**63, 3)]:
    print(n, k, math.comb(n, k) % 1000003, math.perm(n, k) % 1000003)
print(math.perm(10), math.perm(5, 2), math.comb(2**64, 1))
for s in ["1"*19, "0"*30+"5", "-" + "9"*50, " 123456789012345678901234567890 ", "1_000_000_000_000_000_000_000", "12345678901234567890x", "0"*40]:
    try: print(int(s))
    except ValueError as e: print(e)
print(int("7"*4300) % 1000)
try: int("7"*4301)
except ValueError as e: print(e)
try: math.isqrt(-1)
except ValueError as e: print(e)
