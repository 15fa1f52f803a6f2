# recursive_repr together with Repr, and Repr on containers of other containers.
import reprlib


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


a = Node("a")
b = Node("b")
a.children.append(b)
b.children.append(a)
print(repr(a))
print(reprlib.repr(a))
r = reprlib.Repr()
r.maxother = 100
print(r.repr(a))
print(Node.__repr__.__name__, hasattr(Node.__repr__, "__wrapped__"))
print(r.repr([a, b, [a]]))
print(r.repr({"nodes": [a], "count": 2}))
lst = [1, 2]
lst.append(lst)
print(r.repr(lst))
r.maxlevel = 3
print(r.repr(lst))
try:
    r.repr1([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
