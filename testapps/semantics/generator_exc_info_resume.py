import sys


def gen():
    try:
        raise KeyError("own")
    except KeyError:
        yield sys.exc_info()[0].__name__
    yield repr(sys.exc_info()[1])
    raise RuntimeError("late")


g = gen()
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


def inner():
    yield sys.exc_info()[0]
    try:
        raise TypeError
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


h = inner()
print(next(h))
try:
    raise OSError
except OSError:
    print(next(h))
    print(sys.exc_info()[0].__name__)
try:
    raise IndexError
except IndexError:
    print(next(h))
print(next(h), sys.exc_info())
