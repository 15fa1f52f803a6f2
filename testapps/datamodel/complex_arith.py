print((1+2j) + (3-1j), (1+2j) - 1, 2 * (1+2j), (1+2j) * (3+4j), (1+2j) / (3+4j), 1 / 1j)
print((1+2j) ** 2, (1+1j) ** 10, 1j ** 1j, (2+0j) ** 0.5, 2 ** (1+1j), (1+2j) ** -2)
print((-8) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5)
print((1+2j) == (1+2j), 1+0j == 1, 1.5+0j == 1.5, 1j != 1j, (1+2j) == 1)
print(hash(1+0j) == hash(1), hash(1j), hash(1.5-2j), hash(-1j))
print(-(1+2j), +(1-2j), bool(0j), bool(1j))
print(1j * 1j, (3+4j) / 2, 0j ** 0)
try:
    print((1+2j) / 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1j % 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1j // 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(0j ** -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print((1+2j) < (2+3j))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int(1j))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float(1j))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1j + 'a')
except Exception as e:
    print(type(e).__name__, e)
