# yield from / await over an object of a class with __next__, send and throw: the delegate is the
# object itself (its send gets the value), and its StopIteration value is the result.
class Steps:
    def __init__(self, n):
        self.n = n
        self.got = []

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        self.got.append(value)
        if len(self.got) > self.n:
            raise StopIteration(sum(v for v in self.got if isinstance(v, int)))
        return len(self.got)

    def throw(self, typ, val=None, tb=None):
        self.got.append("thrown")
        return -1

    __await__ = __iter__


def delegating(steps):
    result = yield from steps
    return ("done", result)


s = Steps(3)
g = delegating(s)
print(next(g), g.send(10), g.throw(KeyError("k")))
try:
    g.send(5)
except StopIteration as e:
    print("stop", e.value, s.got)


async def awaiting():
    return await Steps(2)


c = awaiting()
print(c.send(None), c.send(7))
try:
    c.send(8)
except StopIteration as e:
    print("stop", e.value)
