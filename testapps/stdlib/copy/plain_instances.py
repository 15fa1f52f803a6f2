# copy.copy and copy.deepcopy of instances object's default recipe describes, and of those that
# leave it: shared and recursive references, deleted attributes, a dict already made, hooks on
# the class or the instance, copyreg's dispatch table, __slots__, frozen dataclasses.
import copy
import copyreg
from dataclasses import dataclass


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.parent = None

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


class Empty:
    pass


leaf = Node("leaf")
root = Node("root", [leaf, Node("b", [leaf])])
leaf.parent = root
deep = copy.deepcopy(root)
print(deep, deep is root, deep.children[0] is deep.children[1].children[0], deep.children[0].parent is deep)
print(vars(deep).keys(), type(deep).__slotnames__ if "__slotnames__" in vars(Node) else "no slotnames")
shallow = copy.copy(root)
print(shallow, shallow.children is root.children, vars(shallow) == vars(root))
print(copy.deepcopy(Empty()).__dict__, copy.copy(Empty()).__dict__)

d = Node("d")
del d.parent
print(vars(copy.deepcopy(d)), vars(copy.copy(d)))
d.parent = "back"
print(list(vars(copy.deepcopy(d))))

made = Node("made")
vars(made)["extra"] = [1]
c = copy.deepcopy([made, vars(made)])
print(c[0].extra is c[1]["extra"], c[1] is vars(c[0]))

memo = {}
first = copy.deepcopy(leaf, memo)
print(copy.deepcopy(leaf, memo) is first, id(leaf) in memo)


class Hooked:
    def __init__(self):
        self.v = [1]

    def __deepcopy__(self, memo):
        print("  Hooked.__deepcopy__")
        return "deep"

    def __copy__(self):
        print("  Hooked.__copy__")
        return "shallow"


print(copy.deepcopy(Hooked()), copy.copy(Hooked()))
h = Node("h")
h.__deepcopy__ = lambda memo: "instance deepcopy"
print(copy.deepcopy(h))


class Restoring:
    def __init__(self):
        self.v = 1

    def __setstate__(self, state):
        print("  Restoring.__setstate__", state)
        self.__dict__.update(state, restored=True)


print(vars(copy.deepcopy(Restoring())), vars(copy.copy(Restoring())))


class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda r: (Registered, (r.v * 2,)))
print(copy.copy(Registered(1)).v, copy.deepcopy(Registered(2)).v)
del copyreg.dispatch_table[Registered]
print(copy.copy(Registered(1)).v, copy.deepcopy(Registered(2)).v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


s2 = copy.deepcopy(Slotted())
print(s2.a, hasattr(s2, "b"), Slotted.__slotnames__)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: list


f = Frozen(1, [2])
print(copy.deepcopy(f), copy.deepcopy(f).b is f.b, copy.copy(f).b is f.b)


class Patched:
    def __init__(self):
        self.v = 1


print(vars(copy.deepcopy(Patched())))
Patched.__reduce_ex__ = lambda self, proto: (Patched, (), {"v": proto})
print(vars(copy.deepcopy(Patched())))
del Patched.__reduce_ex__
print(vars(copy.deepcopy(Patched())))
