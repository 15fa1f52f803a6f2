# Float digits for '%' formatting, format() and f-strings: exact binary values rounded half to
# even at every precision (ties such as 0.125 and 2.675), subnormals, huge values, and values
# whose exact fraction needs more than 128 bits; 1e-07 is just below its power of ten (9.99...e-08).
values = [0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1234.5, 1e-5, 5e-324, 2.2250738585072014e-308,
          1e22, 1e23, 123456789012345678.0, 2.0**63, 2.0**64, 2.0**64 + 4096, 2.0**80, 1.7976931348623157e308,
          1e-07, 1e-06, 1e-16, 1e-300, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 9.995, 99.995, 0.999999999, 12345.678, 3.14159265358979]
for i in range(1, 60):
    values.append(i / 7.0)
    values.append(i * 0.001 + 0.0005)
    values.append(10.0 ** (i - 30) * 1.2345)
for v in values:
    print(repr(v))
    print("  f", ["%.*f" % (p, v) for p in (0, 1, 2, 3, 6, 10, 17, 19, 20, 25)])
    print("  e", ["%.*e" % (p, v) for p in (0, 1, 2, 5, 10, 16, 19, 21)])
    print("  g", ["%.*g" % (p, v) for p in (1, 2, 6, 10, 17, 20)])
    print("  fmt", format(v, ".3f"), format(-v, "10.2e"), f"{v:.4g}|{v:#.0f}|{v:,.2f}|{v:.1%}")
