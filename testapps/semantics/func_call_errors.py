# TypeError messages for calls that do not fit the signature.
def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e


def g(x, /, y):
    return x, y


def h(*args, **kwargs):
    return args, kwargs


class K:
    def m(self, p):
        return p

    @classmethod
    def cm(cls, q):
        return q

    @staticmethod
    def sm(r):
        return r


calls = [
    lambda: f(1, 2, d=4),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=1),
    lambda: f(1, b=2, d=3, e=4),
    lambda: g(1, 2),
    lambda: g(x=1, y=2),
    lambda: g(1, y=2),
    lambda: g(),
    lambda: h(1, 2, a=3),
    lambda: h(**{"a": 1}, **{"b": 2}),
    lambda: h(**{"a": 1}, **{"a": 2}),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.cm(),
    lambda: K.sm(1, 2),
    lambda: K().m(p=1, q=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, *, b: 0)(1, 2),
    lambda: f(*[1, 2], **{"d": 0}),
    lambda: f(*1),
    lambda: f(**[1]),
    lambda: len(),
    lambda: len([], []),
    lambda: int(x=1),
    lambda: sorted([3, 1], reverse=True, key=None),
    lambda: sorted([3, 1], True),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except TypeError as e:
        print(i, type(e).__name__, e)
