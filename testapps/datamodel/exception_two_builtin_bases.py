# A class may derive from two builtin exceptions that add no fields (as decimal.FloatOperation is an
# ArithmeticError and a TypeError); two with their own fields still conflict.
class Both(ArithmeticError, TypeError):
    pass


class Lookup(KeyError, ZeroDivisionError):
    pass


for cls in (Both, Lookup):
    try:
        raise cls('x', 1)
    except TypeError as e:
        print('TypeError', type(e).__name__, e.args, [c.__name__ for c in cls.__mro__])
    except LookupError as e:
        print('LookupError', type(e).__name__, e.args, str(e), [c.__name__ for c in cls.__mro__])
print(isinstance(Both(), ArithmeticError), issubclass(Both, Exception))
try:
    class Conflict(StopIteration, SystemExit):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Conflict2(OSError, ImportError):
        pass
except TypeError as e:
    print('TypeError', e)
