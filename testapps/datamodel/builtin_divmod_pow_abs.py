print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2**70, 3))
print(pow(2, 8), pow(2.5, 2), pow(2, -2), pow(7, 2, 5), pow(-7, 3, 5), pow(base=2, exp=5), pow(2, 5, mod=7))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2**70), abs(True), abs(3 - 4j))
try:
    print(divmod(1, 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(divmod(1.0, 0.0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(divmod('a', 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(pow(2.0, 3, 5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(abs('x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(pow())
except Exception as e:
    print(type(e).__name__, e)
