print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, 0), round(5e-324, 400))
print(round(1e300, -300), round(123.456, -5), round(0.1, 20))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(7.0), round(-7.9), round(1e20))
try:
    print(round(float('inf')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(round(float('nan')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(round(1.5, 'x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(round('x'))
except Exception as e:
    print(type(e).__name__, e)
