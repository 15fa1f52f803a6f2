# isinstance/issubclass with tuples, nested tuples, bool/int, and custom __instancecheck__.
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(1, (str, (float, int))))
print(isinstance("s", ()), issubclass(int, ()), isinstance(None, type(None)), isinstance(int, type))
print(isinstance([], (list, tuple)), isinstance((), list), issubclass(list, object), issubclass(type, object))
for args in ((1, 1), (1, "int"), (1, [int])):
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in ((1, int), (int, 1), (int, (int, 2))):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, str) and obj.startswith("x")

    def __subclasscheck__(cls, sub):
        return sub is bytes


class XString(metaclass=Meta):
    pass


print(isinstance("xyz", XString), isinstance("abc", XString), issubclass(bytes, XString), issubclass(str, XString))


class A:
    pass


class B(A):
    pass


class C:
    pass


print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (C, A)), issubclass(B, B))
print(type(B()) is A, type(B()) == B, B.__bases__, A.__subclasses__())
print(isinstance(3.0, (int, float)), isinstance(3j, complex), isinstance(b"", (str, bytes)))
print(isinstance(range(3), range), isinstance(iter([]), type(iter([]))), isinstance(len, type(print)))


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


p = Proxy([1])
print(isinstance(p, list), type(p).__name__, p.__class__.__name__)
import collections
print(isinstance(collections.OrderedDict(), dict), isinstance({}, collections.OrderedDict))
print(isinstance(collections.defaultdict(int), dict), issubclass(collections.Counter, dict))
