# type.__subclasses__(): builtin subclasses first, in the order the builtins define them, then
# classes made by the program in creation order; a change to a base reaches the caches of
# every subclass.

print(ArithmeticError.__subclasses__())
print(ConnectionError.__subclasses__())
print(BaseExceptionGroup.__subclasses__())


class MyArith(ArithmeticError):
    pass


class Other(ArithmeticError):
    pass


class Third(ZeroDivisionError):
    pass


print([c.__name__ for c in ArithmeticError.__subclasses__()])
print([c.__name__ for c in ZeroDivisionError.__subclasses__()])
try:
    ArithmeticError.extra = 1
except Exception as e:
    print(type(e).__name__, e)
MyArith.extra = "seen from subclasses"


class Fourth(MyArith):
    pass


print(Fourth().extra, [c.__name__ for c in MyArith.__subclasses__()])


class Base:
    def hello(self):
        return "base"


class Derived(Base):
    pass


class Leaf(Derived):
    pass


print(Leaf().hello())
Base.hello = lambda self: "patched"
print(Leaf().hello(), Derived().hello())
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Derived.__subclasses__()])

try:
    raise Third("x")
except ArithmeticError as e:
    print(type(e).__name__, e, isinstance(e, ZeroDivisionError))
