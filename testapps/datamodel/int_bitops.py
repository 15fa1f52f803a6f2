print(5 & 3, 5 | 3, 5 ^ 3, ~5)
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(1 << 10, 1 << 70, -1 << 3)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
print((2**100) & (2**100 - 1), (2**100) | 1, -(2**100) & 0xFF)
print((-2**70) >> 3, ~(2**70))
print(True & False, True | False, True ^ True, ~True)
try:
    print(1 << -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 & 1.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1.0 | 2)
except Exception as e:
    print(type(e).__name__, e)
