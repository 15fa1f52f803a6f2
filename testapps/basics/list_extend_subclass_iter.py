# list.extend copies exact lists and tuples directly; a subclass with its own __iter__ is iterated.
class Backwards(list):
    def __iter__(self):
        return iter(self[::-1])


class Doubled(tuple):
    def __iter__(self):
        for x in tuple.__iter__(self):
            yield x
            yield x


a = [0]
a.extend(Backwards([1, 2, 3]))
print(a)
a.extend(Doubled((4, 5)))
print(a)
c = [1, 2]
c.extend(c)
print(c)
c += Backwards([9, 10])
print(c)
