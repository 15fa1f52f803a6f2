# random.randbytes: getrandbits(n * 8).to_bytes(n, 'little'), so it follows the seed's stream.
import random

random.seed(12345)
print(random.randbytes(0), random.randbytes(1), random.randbytes(7))
print(random.randbytes(16).hex())
r = random.Random(99)
a = r.randbytes(10)
r.seed(99)
print(a == r.getrandbits(80).to_bytes(10, "little"), len(a), type(a).__name__)
print(random.Random(1).randbytes(True))
for bad in (-1, 2.0, "3", None):
    try:
        random.randbytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
