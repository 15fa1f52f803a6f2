# CPython's NaN has the sign bit clear: math.nan, float('nan'), float.fromhex('nan') and json's NaN.
# '-nan' and -math.nan set it; copysign and struct show the bit.
import json
import math
import struct

def sign(x):
    return math.copysign(1, x)

print(sign(math.nan), sign(-math.nan), sign(float("nan")), sign(float("-nan")), sign(float(" +NaN ")))
print(sign(float.fromhex("nan")), sign(float.fromhex("-nan")))
print(sign(json.loads("NaN")), sign(json.loads("[NaN]")[0]))
print(struct.pack("<d", math.nan).hex(), struct.pack("<d", float("nan")).hex(), struct.pack("<d", -math.nan).hex())
print(math.nan, -math.nan, float("-nan"), repr(math.nan))
print(sign(complex(math.nan, 0).real), sign(complex("nan+nanj").imag))
