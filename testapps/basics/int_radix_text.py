# bin/hex/oct and format/% of ints around 64 and 128 bits, negative ones included.
import math
for v in [0, 1, 255, 2**63-1, 2**63, 2**64-1, 2**64, 2**64+1, -(2**64), 3**100, -(3**101), math.factorial(300), 2**127, 2**128-1, 2**128]:
    print(bin(v), hex(v), oct(v), format(v, "x"), format(v, "X"), format(v, "#b"), "%x" % v, "%o" % v)
