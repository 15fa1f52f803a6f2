print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2.0 ** -1, 4 ** 0.5, (-8.0) ** 2)
print(float('inf') + 1, float('inf') - float('inf'), float('inf') * 0, -float('inf') * -1)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(1e308 * 10, -1e308 * 10)
print(5 % 0.5, 5.5 % 1, -0.0 % 1)
print(3.0 // 0.1 if False else 0)
try:
    print(1.0 / 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1.0 // 0.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1.0 % 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(divmod(1.0, 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except Exception as e:
    print(type(e).__name__, e)
try:
    print((-8.0) ** 0.5 + 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except Exception as e:
    print(type(e).__name__, e)
