print(1j, 2+3j, -1j, 1.5-2.5j, 0j, -0j, complex(1, 2), complex(-1.5), complex())
print(complex('1+2j'), complex(' (3-4j) '), complex('2j'), complex('-j'), complex('1e3+1e-3j'), complex('5'))
print((1+2j).real, (1+2j).imag, (1+2j).conjugate(), abs(3+4j), abs(-5j))
print(complex(1j, 1j), complex(real=2, imag=3), complex(2, 0.5))
print(repr(complex(0.0, -0.0)), repr(complex(-0.0, 1)), repr(complex(float('inf'), float('nan'))), 1e300j * 1e10)
print(type(1j).__name__, isinstance(1j, complex))
try:
    print(complex('1+'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex('x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex('1', 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex(1, '2'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex([1]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex('1+2j ', 1))
except Exception as e:
    print(type(e).__name__, e)
