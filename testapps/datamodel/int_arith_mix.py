print(1 + 2.5, 3 - 0.5, 2 * 1.5, 7 / 2, 8 / 4, -7 / 2)
print(1 + True, True + True, True * 3, False - 1)
print(10 / 3, 1 / 3, 2 / 3)
print(10**20 / 10**10, 1 / 10**400 if False else 0)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(abs(-5), abs(5), abs(-2.5), abs(True))
print(+5, -(-5), -True, +True)
try:
    print(1 / 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1.0 / 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(10**400 / 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 + 'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a' + 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print([1] * 'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 / 0.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(2 ** 10000.0)
except Exception as e:
    print(type(e).__name__, e)
