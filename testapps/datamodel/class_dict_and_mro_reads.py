# C.__dict__ and C.__mro__ read repeatedly: each read sees the class as it is now (after methods
# are added, replaced or deleted, on the class or a base), __mro__ is one object.
class Base:
    x = 1

    def f(self):
        return "f"


class C(Base):
    y = 2


d1 = C.__dict__
print(sorted(k for k in d1 if not k.startswith("__")), d1["y"], "x" in d1, type(d1).__name__)
print(C.__mro__ is C.__mro__, C.__mro__, Base.__mro__[0] is Base, C.__dict__ is C.__dict__, C.__dict__ == C.__dict__)
C.z = 3
print(sorted(k for k in C.__dict__ if not k.startswith("__")), C.__dict__["z"])
C.y = 20
print(C.__dict__["y"], C.__dict__.get("y"), Base.__dict__.get("y"))
del C.z
print("z" in C.__dict__, sorted(k for k in C.__dict__ if not k.startswith("__")))
Base.g = lambda self: "g"
print("g" in Base.__dict__, "g" in C.__dict__, C().g())
items = list(C.__dict__.items())
C.w = 4
print(len(items) + 1 == len(C.__dict__), C.__dict__["w"])
for i in range(3):
    setattr(C, "m%d" % i, i)
    print(sorted(k for k in C.__dict__ if k.startswith("m")), list(vars(C)).count("m%d" % i))
cp = C.__dict__.copy()
cp["new"] = 1
print("new" in C.__dict__, "new" in cp)
print(int.__dict__["bit_length"].__name__, "append" in list.__dict__, list.__mro__ is list.__mro__)
try:
    C.__dict__["q"] = 1
except TypeError as e:
    print("TypeError", e)
