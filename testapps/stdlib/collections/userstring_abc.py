# UserString and UserList/UserDict against collections.abc, and a subclass with its own data.
import collections.abc
from collections import UserDict, UserList, UserString

print(isinstance(UserString("a"), collections.abc.Sequence))
print(issubclass(UserString, collections.abc.Sized), issubclass(UserString, collections.abc.Iterable))
print(isinstance(UserList(), collections.abc.MutableSequence), isinstance(UserDict(), collections.abc.MutableMapping))
print(isinstance(UserString("a"), str), isinstance(UserString("a"), collections.abc.MutableSequence))


class Path(UserString):
    def __init__(self, seq):
        super().__init__(seq)
        self.data = self.data.replace("\\", "/")

    def parts(self):
        return self.data.split("/")


p = Path("a\\b\\c")
print(p, p.parts(), type(p + "/d").__name__, p + "/d")
print(p.upper(), type(p.upper()).__name__)
m = UserString("mutable")
m.data += "!"
print(m, len(m))
try:
    m[0] = "M"
except TypeError as e:
    print(type(e).__name__, e)
try:
    UserString()
except TypeError as e:
    print(type(e).__name__, e)
