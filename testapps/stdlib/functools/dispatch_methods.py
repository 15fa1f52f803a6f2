# singledispatch beyond the basics: MRO-based choice, unions, registry, errors; singledispatchmethod,
# partialmethod on methods/classmethods and cached_property errors.
import functools
from typing import Optional, Union


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@functools.singledispatch
def speak(x, loud=False):
    return "generic " + type(x).__name__


@speak.register
def _(x: Animal, loud=False):
    return "animal" + ("!" if loud else "")


@speak.register(Dog)
def _dog(x, loud=False):
    return "woof" + ("!" if loud else "")


@speak.register
def _num(x: Union[int, float]):
    return f"number {x}"


print(speak(Animal()), speak(Dog(), loud=True), speak(Puppy()), speak("s"), speak(2), speak(2.5), speak(True))
print(speak.dispatch(Puppy) is _dog, speak.dispatch(bool) is _num, speak.dispatch(object).__name__)
print(sorted(k.__name__ for k in speak.registry), speak.__name__, speak.__wrapped__("x"))
later = speak.register(str, lambda x, loud=False: "text " + x)
print(speak("late"), later("direct"))

for bad in [lambda: speak.register(3, len), lambda: speak.register(lambda x: x), lambda: speak()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", str(e).split(" at 0x")[0])
try:
    @speak.register
    def _bad(x: Optional["Animal"]):
        return x
except TypeError as e:
    print("TypeError", e)


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"? {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"int {arg:+d}"

    @fmt.register(list)
    def _(self, arg):
        return "[" + ", ".join(self.fmt(a) for a in arg) + "]"

    @functools.singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__ + " object"

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + " str"


f = Formatter()
print(f.fmt(5), f.fmt([1, "a", [2]]), f.fmt(None), Formatter.kind("x"), Formatter.kind(1.0), f.fmt.__name__)


class Account:
    def __init__(self):
        self.log = []

    def move(self, kind, amount, note=""):
        self.log.append((kind, amount, note))
        return len(self.log)

    deposit = functools.partialmethod(move, "in")
    withdraw = functools.partialmethod(move, "out", note="cash")

    @classmethod
    def make(cls, size):
        return [cls() for _ in range(size)]

    pair = functools.partialmethod(make, 2)


a = Account()
print(a.deposit(10), a.withdraw(5), a.withdraw(1, note="card"), a.log, len(Account.pair()))
print(type(a.deposit).__name__, a.deposit.args, a.deposit.keywords)
r = repr(Account.__dict__["withdraw"])
print(r[:35], r.split(" at 0x")[1].split(">", 1)[1])
try:
    functools.partialmethod(3)
except TypeError as e:
    print("TypeError", e)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def expensive(self):
        return 1


try:
    Slotted().expensive
except TypeError as e:
    print("TypeError", e)
shared = functools.cached_property(lambda self: 1)
try:
    class TwoNames:
        first = shared
        second = shared
except Exception as e:
    # CPython 3.11 wraps the error in a RuntimeError; what matters is the TypeError's message.
    inner = e.__cause__ or e
    print(type(inner).__name__, inner)
loose = functools.cached_property(lambda self: 2)
try:
    loose.__get__(Animal(), Animal)
except TypeError as e:
    print("TypeError", e)
print(loose.__get__(None, Animal) is loose, loose.attrname)
