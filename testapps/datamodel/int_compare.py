print(1 < 2, 2 <= 2, 3 > 4, 5 >= 5, 1 == 1.0, 1 != 1)
print(2**100 > 2**99, -2**100 < 0)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 == 1.0)
print(1 == True, 0 == False, 2 == True)
print(10**20 == 1e20, 10**16 + 1 == 1e16, 2**53 + 1 == 2.0**53)
print(1 < 1.5, 2 > 1.5, float('inf') > 10**300)
print(max(1, 2.5, -3), min(1, True, 0.5))
try:
    print(1 < 'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    print([] < 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(None > 0)
except Exception as e:
    print(type(e).__name__, e)
