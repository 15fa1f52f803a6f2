print((1.0).is_integer(), (1.5).is_integer(), (1e300).is_integer())
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio())
print((1.5).hex(), (1.0).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e300).hex())
print(float.fromhex('0x1.8p1'), float.fromhex('0x1p-2'), float.fromhex('-0x1.fffffffffffffp+1023'), float.fromhex('0x.8'), float.fromhex('inf'), float.fromhex('0x1.0000000000000801p0'))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.fromhex(' 0x10 '))
try:
    print((float('inf')).as_integer_ratio())
except Exception as e:
    print(type(e).__name__, e)
try:
    print((float('nan')).as_integer_ratio())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float.fromhex('xyz'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float.fromhex('0x1p99999'))
except Exception as e:
    print(type(e).__name__, e)
