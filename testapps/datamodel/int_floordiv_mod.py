print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2))
print(10**20 // 7, -10**20 // 7, 10**20 % 7, -10**20 % 7)
print((2**64) // (2**32), (2**64) % (2**32 + 1))
print(0 // 5, 0 % 5, -1 // 10**30, -1 % 10**30)
try:
    print(1 // 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 % 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(divmod(1, 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(10**30 // 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(5 % 0.0)
except Exception as e:
    print(type(e).__name__, e)
