# __call__ and __bool__: callable instances, truthiness fallbacks and errors.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), list(map(add5, [1, 2])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool", self.v)
        return self.v


print(bool(Truthy(True)), not Truthy(False), Truthy(True) and "and-result", Truthy(False) or "or-result")
if Truthy(False):
    print("never")
else:
    print("else branch")
print([x.v for x in [Truthy(True), Truthy(False)] if x])


class LenBased:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(LenBased(0)), bool(LenBased(2)), any([LenBased(0), LenBased(1)]), all([LenBased(1), LenBased(0)]))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class BoolBeatsLen:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(BoolBeatsLen()), len(BoolBeatsLen()))


class NoneBool:
    __bool__ = None


try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)


class CallCounter:
    count = 0

    def __call__(self):
        CallCounter.count += 1
        return self


cc = CallCounter()
cc()()()
print(CallCounter.count)


class StaticCall:
    @staticmethod
    def __call__():
        return "static call"


print(StaticCall()())
inst = Adder(1)
inst.__call__ = lambda x: "instance attribute is ignored"
print(inst(1))
print(bool(None), bool(0j), bool(""), bool(()), bool(range(0)), bool(object()), bool(NotImplemented) if False else True)
