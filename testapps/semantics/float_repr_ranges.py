# float repr around where positional and exponent notation meet, and shortest digits.
values = [0.1, 2.5, 100.0, 1e-4, 1.5e-4, 9.99e-5, 1e-5, 0.00012345678901234, 1e15, 1e16 - 2,
          1e16, 123456789012345.6, 9999999999999998.0, 1e22, 5e-324, 1.7976931348623157e308,
          -0.00012, -1e16, 1 / 3, 2 / 3, 1e300 * 10, 0.30000000000000004, 4.35, 123.456e10]
for v in values:
    print(repr(v), str(v), repr(-v))
print([1.0, 0.5, 1e-7], (1e100,), {2.0: 1e-10})
