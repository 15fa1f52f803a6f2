print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, (-2) ** -3)
print(2 ** 100, 3 ** 50)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(2, -1, 7), pow(3, -2, 11), pow(-3, 3, 7), pow(5, 3, -7))
print(pow(10**20, 3, 10**9 + 7))
print((-8) ** (1/3) if False else 0)
print(pow(0, 0), pow(1, -1))
try:
    print(0 ** -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(pow(2, -1, 4))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(pow(3, 1, 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 1.5, 3))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(pow(2))
except Exception as e:
    print(type(e).__name__, e)
