print(int('42'), int(' -17 '), int('+5'), int('1_000_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('0b101', 0), int('0o17', 0), int('101', 2), int('z', 36), int('Z', 36))
print(int('0', 0), int('00', 0), int('-0x10', 0))
print(int(3.9), int(-3.9), int(True), int(1e20))
print(int('١٢٣'))
print(int('  12  \n'))
print(int('9' * 30))
try:
    print(int(''))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int('abc'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int('1__0'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int('_1'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int('1_'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int('12', 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int('12', 37))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int('010', 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int('9', 8))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int(float('inf')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int(float('nan')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int([1]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int(1.5, 10))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int('0x', 16))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int(None))
except Exception as e:
    print(type(e).__name__, e)
