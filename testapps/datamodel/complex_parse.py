# complex(): parsing strings, components, repr forms with signed zeros, inf and nan.
for text in ("1+2j", "  -3.5j ", "(4-2j)", "j", "-j", "1e3-1e-3j", "inf+nanj", "1_0+2_0j", "+1.5"):
    print(repr(text), complex(text))
for bad in ("1+", "2j+1j", "(1+2j", "1 + 2j", "", "jj", "1+2J3"):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(complex(1, 2), complex(real=3), complex(imag=-0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(1j, 1j))
print(repr(complex(-0.0, -0.0)), repr(complex(0, float("inf"))), repr(complex(float("nan"), 1)), repr(-1j), repr(0j))
for args in (("1", 2), (1, "2"), ([],), (None,)):
    try:
        print(complex(*args))
    except TypeError as e:
        print(type(e).__name__, e)
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), z == 3 + 4j, z == (3, 4), 1 + 0j == 1, hash(2 + 0j) == hash(2))


class C:
    def __complex__(self):
        return 5j


print(complex(C()), complex(1.5), complex(True), complex(2 ** 40))
