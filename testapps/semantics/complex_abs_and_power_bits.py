# abs() of a complex and complex ** float are computed from the C library's hypot, as CPython
# does: a different hypot changes the last digit of many results, and repr shows every digit.
import random

random.seed(5)
for i in range(300):
    a = random.uniform(-1e3, 1e3)
    b = random.uniform(-1e3, 1e3)
    z = complex(a, b)
    print(repr(abs(z)), repr(z ** 2.5), repr(z ** complex(0.5, 0.25)))
print(abs(complex(3e308, 4e307)))
try:
    abs(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print("OverflowError:", e)
