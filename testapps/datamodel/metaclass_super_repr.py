# A metaclass whose __repr__/__str__/__call__ reach type's own through super(): type.__repr__ is
# the class repr, not object's.
class Meta(type):
    def __repr__(cls):
        return "Meta:" + super().__repr__()
    def __str__(cls):
        return "S:" + super().__str__()
    def __call__(cls, *a):
        print("call", a)
        return super().__call__(*a)

class K(metaclass=Meta):
    def __init__(self, *a):
        self.a = a

print(repr(K), str(K))
k = K(1, 2)
print(k.a, type(k).__name__)
print(type.__repr__(K), object.__repr__(K)[:20])
print(repr(type), repr(int), type.__repr__(int), "__repr__" in type.__dict__)

class Plain(type):
    pass


class Q(metaclass=Plain):
    pass


print(str(Q), repr(Q), f"{Q}", "%s" % Q)
