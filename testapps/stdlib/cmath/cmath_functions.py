# cmath: values near the branch cuts, huge and tiny arguments, special values (Annex G), and
# the signs of zeros, which the reprs show.
import cmath
import math

inf = float("inf")
nan = float("nan")

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(math.copysign(1, cmath.nan), math.copysign(1, cmath.nanj.imag))

names = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]
points = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1 + 0j, -1 + 0j, 2 + 3j, -2 - 3j,
          complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0),
          complex(0.0, 2), complex(0.0, -2), complex(-0.0, 2), 0.5 + 0.5j, 1e-300 + 1e-300j,
          5e-324 + 5e-324j, 1e300 + 1e300j, -1e308 + 1e308j, 1.0000001 + 1e-9j, 0.99999 - 0.002j,
          700 + 1j, -720 + 2j]
for name in names:
    f = getattr(cmath, name)
    row = []
    for z in points:
        try:
            row.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}({e})")
    print(name, " ".join(row))

# Every combination of the special classes of the real and imaginary parts.
specials = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for name in names:
    f = getattr(cmath, name)
    for x in specials:
        row = []
        for y in specials:
            try:
                r = f(complex(x, y))
                row.append(f"{r!r}/{math.copysign(1, r.real):+.0f}{math.copysign(1, r.imag):+.0f}")
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(name, x, " ".join(row))

for x in specials:
    row = []
    for y in specials:
        try:
            row.append(repr(cmath.rect(x, y)))
        except ValueError as e:
            row.append(f"ValueError({e})")
    print("rect", x, " ".join(row))

print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(nan))
print(cmath.polar(3 + 4j), cmath.polar(-1), cmath.polar(complex(inf, nan)))
print(cmath.rect(2, cmath.pi / 3), cmath.rect(1, 0), cmath.rect(-0.0, 0.0))
print(cmath.log(8, 2), cmath.log(-8, 2), cmath.log(1j, 1j), cmath.log(100, 10 + 0j))
print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(inf, 0)), cmath.isinf(complex(0, -inf)),
      cmath.isinf(nan), cmath.isnan(complex(1, nan)), cmath.isnan(3))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.1),
      cmath.isclose(0j, 1e-10j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9),
      cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(complex(inf, 1), complex(inf, 2)),
      cmath.isclose(nan, nan))

# Arguments: ints, floats, bools, and objects with __complex__, __float__ or __index__.
class C:
    def __complex__(self):
        return 3 + 4j

class F:
    def __float__(self):
        return 0.25

class I:
    def __index__(self):
        return 16

class Sub(complex):
    pass

print(cmath.sqrt(-4), cmath.sqrt(True), cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()),
      cmath.sqrt(Sub(-9, 0)), cmath.exp(10**20 // 10**19), type(cmath.sqrt(Sub(1, 0))).__name__)
