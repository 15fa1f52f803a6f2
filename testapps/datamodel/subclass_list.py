# Subclassing list: overrides honoured by the runtime, builtin methods reached through super().
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list), issubclass(Stack, list))
print(s + [5], type(s + [5]).__name__, s * 2, type(s[1:]).__name__, s[1:])
print(s == [1, 2, 3, 4], s != [1], [1, 2, 3, 4] == s, s < [9], sorted(s, reverse=True))
s.sort(reverse=True)
print(s, s.index(3), s.count(1), 3 in s, list(reversed(s)))


class Logged(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("  setitem", i, v)
        super().__setitem__(i, v)

    def __len__(self):
        print("  len")
        return super().__len__()

    def __iter__(self):
        print("  iter")
        return super().__iter__()

    def __contains__(self, x):
        print("  contains", x)
        return super().__contains__(x)


lg = Logged([10, 20, 30])
print(lg[0])
lg[1] = 99
print(len(lg))
print(5 in lg)
print([x for x in lg])
print(list(lg))
print(bool(lg))
print(lg.pop(), lg)
a, b = lg
print(a, b)


class Default(list):
    def __init__(self, n, fill=0):
        super().__init__([fill] * n)
        self.n = n


d = Default(3, fill="x")
print(d, d.n, d.__dict__, vars(d))
d.extra = 1
print(sorted(vars(d)))


class NoIter(list):
    __iter__ = None


try:
    iter(NoIter([1]))
except TypeError as e:
    print(type(e).__name__, e)

try:
    hash(Stack())
except TypeError as e:
    print(type(e).__name__, e)
try:
    Stack(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Stack(x=1)
except TypeError as e:
    print(type(e).__name__, e)


class Repr(list):
    def __repr__(self):
        return "Repr" + super().__repr__()


r = Repr([1, [2]])
print(r, str(r), repr([r]), f"{r}", "%s" % (r,))
print(Stack.__mro__, Stack.__bases__, Stack.__base__)
r2 = Repr()
r2 += [1, 2]
print(r2, type(r2).__name__)
r2 *= 2
print(r2, type(r2).__name__)
