# math's integer functions take any object with __index__, as CPython's (floats are refused).
import math
class I:
    def __index__(self):
        return 5
print(math.factorial(I()), math.comb(I(), 2), math.perm(I(), 2), math.isqrt(I()))
for f in (math.factorial, math.isqrt):
    try:
        f(5.0)
    except TypeError as e:
        print("TypeError", e)
