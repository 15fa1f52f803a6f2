# Special attributes of builtin types and functions: __name__, __qualname__, __module__, mro, bases.
for t in (int, str, list, dict, bool, type, object, range, slice, type(None), type(len), BaseException, KeyError):
    print(t.__name__, t.__qualname__, t.__module__, [b.__name__ for b in t.__bases__], len(t.__mro__))
print(bool.__mro__, KeyError.__mro__)
print(len.__name__, print.__qualname__, abs.__self__.__name__)
print([].append.__name__, [].append.__qualname__, "".join.__self__ == "", type([].append).__name__)
print(int.__dict__["bit_length"].__name__, type(int.__dict__["bit_length"]).__name__, type(str.__dict__["join"]).__name__)
print(type(int.__dict__["real"]).__name__)
print(issubclass(bool, int), bool.__base__ is int, object.__base__, type.__base__ is object, type(type) is type)
print(int.__class__, type(3).__class__, (3).__class__.__name__, None.__class__)
print(sorted(n for n in dir(int) if not n.startswith("_"))[:6])
print(str.upper("x"), list.__len__([1, 2]), dict.get({"a": 1}, "a"), int.__add__(1, 2), float.__mul__(2.0, 3))
