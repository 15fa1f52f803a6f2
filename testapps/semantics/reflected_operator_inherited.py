# A subclass operand's reflected method runs first only when the subclass overrides it (CPython's
# method_is_overloaded); one it inherits unchanged runs after the left operand's own method.
class A:
    def __truediv__(self, o): return "A.truediv"
    def __rtruediv__(self, o): return "A.rtruediv"
    def __add__(self, o): return "A.add"
class B(A):
    pass
class C(A):
    def __rtruediv__(self, o): return "C.rtruediv"
    def __radd__(self, o): return "C.radd"
class D(A):
    __rtruediv__ = A.__rtruediv__
print(A() / B(), A() / C(), A() / D(), A() + C(), B() / A(), C() / A())
class N(int):
    def __radd__(self, o): return "N.radd"
class M(int):
    def __add__(self, o): return "M.add"
print(1 + N(2), 1 + M(2), type(1 + M(2)).__name__, N(1) + 1)
class F(float):
    pass
print(1.5 + F(2.0), type(1.5 + F(2.0)).__name__, type(F(1.0) + 1.5).__name__)
class E:
    def __add__(self, o): return NotImplemented
class G(E):
    def __radd__(self, o): return "G.radd"
class H(E):
    pass
print(E() + G())
try:
    E() + H()
except TypeError as e:
    print(e)
class S(str):
    def __radd__(self, o): return "S.radd"
print("a" + S("b"))
class L(list):
    pass
print([1] + L([2]), type([1] + L([2])).__name__)
