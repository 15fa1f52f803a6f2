print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 'a' < 'b' < 'c', [1] < [2] < [3])
print(0 <= 5 < 10, 0 <= 15 < 10)
print((1 < 2) < 3, 1 < (2 < 3))
print(5 in range(10) == True)
print(None is None is not False)
try:
    print(1 < 'a' < 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 < 2 < 'a')
except Exception as e:
    print(type(e).__name__, e)
