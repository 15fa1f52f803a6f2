# Float text both ways: repr and json.dumps of values with few decimals (the short path) and
# of values near its limits, and json.loads of decimal literals (the exact quotient path)
# against the ones it leaves to the full parse.
import json

values = [0.0, -0.0, 1.0, -1.0, 0.5, 1.25, 12345.25, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3,
          2.675, 1.005, 0.0001, 0.00011, 0.00009999, 1e-05, 123456.789012, 1234567.8901234,
          1e15, 1e15 + 0.5, 1e16, 2.0 ** 50, 2.0 ** 50 + 0.25, 2.0 ** 52 + 1, 2.0 ** 53, 9007199254740993.0,
          0.1234567, 0.123456, 1.000001, 1.0000001, 99.99, -99.99, 5e-324, 1.7976931348623157e308,
          123.456e10, 4.35, 4.345, 0.7, 0.07, 0.007, 1e-4 * 3, 100.0, 120000.0, 3.14159]
for v in values:
    print(repr(v), json.dumps(v), str(-v))

# A deterministic spread of k-place decimals and of ratios.
x = 12345
for k in range(8):
    for _ in range(40):
        x = (x * 1103515245 + 12345) % 2147483648
        n = x % 10 ** (k + 3)
        v = n / 10 ** k
        w = x / 7919
        text = json.dumps([v, -v, w])
        back = json.loads(text)
        assert back == [v, -v, w], (text, back)
        print(repr(v), repr(w), text)

# Literals parsed: short decimals, long ones, exponents, leading zeros of the fraction.
for lit in ["0.5", "-0.0", "0.1", "1.25", "12345.678901234", "123456789012345.6", "1234567890123456.7",
            "0.000000000000000000001", "9.999999999999999", "99999999999999.99", "1.5e3", "-2.5E-3",
            "1e400", "-1e400", "0.30000000000000004", "3.141592653589793", "2.2250738585072014e-308",
            "123.456000", "7.0", "-12.50"]:
    v = json.loads(lit)
    print(lit, repr(v), json.dumps(v))

for bad in ["1.", "-", ".5", "01.5", "1.5e", "--1"]:
    try:
        print(bad, json.loads(bad))
    except json.JSONDecodeError as e:
        print(bad, type(e).__name__, e)
