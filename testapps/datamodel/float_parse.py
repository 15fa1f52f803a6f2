print(float('1.5'), float(' -2.5 '), float('1e3'), float('1E-3'), float('.5'), float('5.'), float('1_000.5'))
print(float('inf'), float('-Infinity'), float('nan'), float('+NaN'), float('iNF'))
print(float(3), float(True), float(10**20), float('  12\n'))
print(float('1e500'), float('-1e500'), float('1e-500'))
print(float('0x10') if False else 0)
print(float())
try:
    print(float(''))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float('abc'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float('1.2.3'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float('1__0'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float('_1'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float(None))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float([1]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float(10**400))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float('1e'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float('in f'))
except Exception as e:
    print(type(e).__name__, e)
