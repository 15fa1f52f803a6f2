# Abstract-like base classes raising NotImplementedError and template methods.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Blob(Shape):
    pass


print(Rect(2, 3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", type(e).__name__, repr(e))
print(issubclass(NotImplementedError, RuntimeError), NotImplemented.__class__.__name__)


class Pipeline:
    steps = ()

    def run(self, x):
        for step in self.steps:
            x = getattr(self, step)(x)
        return x

    def double(self, x):
        return x * 2

    def inc(self, x):
        return x + 1


class P1(Pipeline):
    steps = ("double", "inc")


class P2(Pipeline):
    steps = ("inc", "double", "missing")


print(P1().run(5))
try:
    P2().run(5)
except AttributeError as e:
    print(type(e).__name__, e)
