import sys
print(getattr('abc', 'upper')(), getattr(1, 'real'), getattr(1, 'nope', 'fallback'), hasattr('x', 'join'), hasattr(1, 'nope'))
print(callable(len), callable(1), callable(str), callable('x'.upper), callable(None))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance('x', (int, (str,))), isinstance(1.0, float))
print(issubclass(bool, int), issubclass(int, (str, int)), issubclass(float, int))
print(type(1) is int, type('x').__name__, type(None).__name__, type([]) == list)
print(id(sys) == id(sys), id(1) == id(2) if False else True)
try:
    print(getattr(1, 'nope'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(getattr(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(setattr(1, 'x', 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(delattr(1, 'real'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(isinstance(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(issubclass(1, int))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(issubclass(int, 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hasattr(1))
except Exception as e:
    print(type(e).__name__, e)
