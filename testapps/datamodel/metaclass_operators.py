# Operators, comparisons and hash() on class objects go through their metaclass's dunders.
class Meta(type):
    def __hash__(cls):
        return 42

    def __eq__(cls, other):
        return isinstance(other, Meta) and cls.__name__ == other.__name__

    def __lt__(cls, other):
        return cls.__name__ < other.__name__

    def __add__(cls, other):
        return ("add", cls.__name__, other)

    def __radd__(cls, other):
        return ("radd", other, cls.__name__)

    def __neg__(cls):
        return "neg " + cls.__name__


X1 = Meta("X", (), {})
X2 = Meta("X", (), {})
Y = Meta("Y", (), {})
print(hash(X1), hash(X2), X1 == X2, X1 != X2, X1 == Y, X1 != Y, X1 < Y, Y > X1)
print(len({X1, X2, Y}), {X1: 1}[X2], X2 in [X1], sorted([Y, X1])[0].__name__)
print(X1 + 1, 1 + X1, -X1)
acc = X1
acc += 2
print(acc)
try:
    X1 * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    X1 <= Y
except TypeError as e:
    print(type(e).__name__, e)


class EqOnly(type):
    # defining __eq__ without __hash__ makes the metaclass's instances (the classes) unhashable
    def __eq__(cls, other):
        return True


E = EqOnly("E", (), {})
print(E == int, E != int, E == E)
try:
    hash(E)
except TypeError as e:
    print(type(e).__name__, e)


class Plain(type):
    pass


P = Plain("P", (), {})
print(hash(P) == hash(P), P == P, P != Plain("P", (), {}), P == Plain("P", (), {}))
try:
    P < P
except TypeError as e:
    print(type(e).__name__, e)
print(int == int, int != str, hash(int) == hash(int), {int: "i"}[int])


class Sub(Meta):
    def __lt__(cls, other):
        return NotImplemented


S = Sub("S", (), {})
try:
    S < S
except TypeError as e:
    print(type(e).__name__, e)
print(S == Meta("S", (), {}), hash(S))
