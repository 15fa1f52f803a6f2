# types.ModuleType(name, doc=None): modules made at run time, registered in sys.modules and imported.
import sys
import types

m = types.ModuleType("made", "doc here")
print(m, m.__name__, m.__doc__)
m.x = 3
print(m.x, sorted(vars(m)))
print(m.__package__, m.__loader__, m.__spec__)

n = types.ModuleType("plain")
print(n.__doc__, repr(n))
sys.modules["plain"] = n
n.y = 5
import plain
print(plain.y, plain is n)
from plain import y as why
print(why)

for bad in [(), (1,), ("a", "b", "c")]:
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(types.ModuleType(name="kw", doc=None))
print(isinstance(sys, types.ModuleType), type(sys) is types.ModuleType, type(m) is types.ModuleType)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
