# Conversions between float and int: truncation, rounding modes, huge values and special floats.
vals = [2.5, -2.5, 3.5, 0.5, -0.5, 1e20, -1e-20, 2.675, 1.5e300]
for v in vals:
    print(v, int(v), round(v), round(v, 1), round(v, -1), v.__trunc__(), v.__floor__(), v.__ceil__())
for bad in (float("inf"), float("-inf"), float("nan")):
    for f in (int, round):
        try:
            print(f(bad))
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(float(10 ** 308), float(2 ** 1024 - 2 ** 971))
for big in (10 ** 309, -(2 ** 1024)):
    try:
        float(big)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399, 10 ** 400 // 3 % 7, (10 ** 20) / 3)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(int(1e16), int(1.9999999999999999), 0.1 + 0.2 == 0.3, (0.1 + 0.2).as_integer_ratio())
print(float("1_000.5"), float(" -0 "), float("+inf"), float("nAn"), float("1e-400"), float("-1e400"))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, divmod(-7.5, 2), (-7.5).__divmod__(-2))
print(round(123.456, -2), round(-0.0), round(0.5 + 1e-16), round(1e22, -21), round(5, -1), round(15, -1), round(-25, -1))
print(int("  42  "), int("-0b101", 0), int("0o17", 0), int("0x_ff", 16), int("١٢٣"))
print(True + 0.5, float(True), int(-0.0), -0.0 == 0, str(-0.0), abs(-0.0))
