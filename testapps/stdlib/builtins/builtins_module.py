import builtins
import sys
from builtins import len as builtin_len, print as builtin_print

print(builtins)
print(builtins.__name__, repr(builtins.__package__))
print(builtins.len is len, builtin_len is len, builtin_print is print)
print(builtins.print is print, builtins.int is int, builtins.ValueError is ValueError)
print(sys.modules["builtins"] is builtins)
print(__builtins__ is builtins)
print(getattr(builtins, "None"), getattr(builtins, "True"), getattr(builtins, "False"))
print(builtins.Ellipsis, builtins.NotImplemented)
print(hasattr(builtins, "open"), hasattr(builtins, "no_such_builtin"))
print(isinstance(builtins.__dict__, dict), builtins.__dict__["abs"] is abs)
print(vars(builtins)["min"] is min)

# A name set on builtins is found by every global lookup that misses.
setattr(builtins, "shared_value", 42)
print(shared_value)


def reader():
    return shared_value, another


builtins.another = "set by attribute"
print(reader())
del builtins.another
try:
    reader()
except NameError as e:
    print(type(e).__name__, e)

# A module global shadows the builtin; deleting it shows the builtin again.
len = lambda x: -1
print(len([1, 2]))
del len
print(len([1, 2]))

# Replacing a builtin on the module changes what unshadowed names see.
original_abs = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-3))
builtins.abs = original_abs
print(abs(-3))

try:
    builtins.no_such_builtin
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(undefined_everywhere)
except NameError as e:
    print(type(e).__name__, e)
