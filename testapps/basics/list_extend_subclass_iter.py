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

# Extended by itself, a subclass is iterated to the end first, through its own __iter__ (not __len__).
b = Backwards([7, 8])
b.extend(b)
print(b)


class Counted(list):
    def __len__(self):
        print("len called")
        return list.__len__(self)

    def __iter__(self):
        yield from list.__iter__(self)
        yield "end"


e = Counted([3, 4])
list.extend(e, e)
print(list.__repr__(e))
