# What plain object() instances and classes without overrides provide.
class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), a.__eq__(1))
print(type(hash(a)).__name__, hash(a) == hash(a), a.__hash__() == hash(a))
print(repr(a).startswith("<__main__.Plain object at 0x"), str(a) == repr(a))
print(format(a, "") == str(a))
try:
    format(a, "10")
except TypeError as e:
    print(type(e).__name__, e)
for op in ("__lt__", "__le__", "__gt__", "__ge__"):
    print(op, getattr(a, op)(b))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(bool(a), Plain.__bases__, Plain.__mro__, type(a).__name__, a.__class__ is Plain)
print(sorted(k for k in vars(Plain) if not k.startswith("__w")))
print(Plain.__module__, Plain.__qualname__, Plain.__doc__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)


class WithInit:
    def __init__(self, x):
        self.x = x


try:
    WithInit()
except TypeError as e:
    print(type(e).__name__, e)
print(object.__name__, type(object).__name__, isinstance(Plain, object), issubclass(Plain, object))
print(a.__dir__() is not None, "__init__" in dir(a))
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
print(a.__reduce_ex__ is not None, a.__init_subclass__() is None)
print(Plain.__subclasshook__(object), object.__subclasshook__(Plain))


class Equal:
    def __eq__(self, other):
        return True


e = Equal()
print(e == 1, e != 1, Equal.__hash__)
try:
    hash(e)
except TypeError as err:
    print(type(err).__name__, err)
print(NotImplemented.__class__.__name__, type(None).__name__, type(...).__name__)
