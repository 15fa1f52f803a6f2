# int ** int: the 64-bit loop only where the result may fit, square-and-multiply on stack limbs
# below the schoolbook sizes (one allocation), signs, int subclasses and bools.
vals = []
for a in [0, 1, -1, 2, -2, 3, -3, 7, 10, -10, 255, 2**31 - 1, 2**32 + 5, -(2**40 + 3), 2**62, 2**63 - 1, -(2**63), 2**64 + 1, 3**50, -(5**60), 2**1000 + 1, (2**1000 + 7) * 3]:
    for e in [0, 1, 2, 3, 5, 31, 39, 40, 41, 62, 63, 64, 65, 100, 127, 200, 333, 1000, 2047, 2048, 3000]:
        try:
            v = a ** e
        except MemoryError:
            continue
        vals.append(v % (10**9 + 7) if abs(v) > 10**30 else v)
        vals.append(v.bit_length())
        vals.append(type(v).__name__)
print(hash(tuple(vals)), len(vals))
print(3 ** 39, 3 ** 40, (-3) ** 39, 2 ** 62, (-2) ** 63, 7 ** 22, 7 ** 23, (-7) ** 23, 10 ** 18, 10 ** 19)
print(3 ** 150 == 3 ** 75 * 3 ** 75, (2**64 + 1) ** 31 == (2**64 + 1) ** 30 * (2**64 + 1))
class I(int): pass
print(type(I(3) ** 1), type(I(3) ** 50), I(2) ** 100)
print(True ** 100, False ** 0, pow(12345678901234567, 7))
