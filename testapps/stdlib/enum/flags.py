from enum import Flag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(Perm.R, repr(Perm.W), Perm.X.value, Perm.RW, repr(Perm.RW))
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, rw.value, bool(rw))
rwx = Perm.R | Perm.W | Perm.X
print(rwx, repr(rwx), rwx.value, list(rwx), len(rwx))
print(Perm.R in rwx, Perm.X in rw, rw & Perm.R, rw ^ Perm.R, repr(rw & Perm.X))
none = Perm(0)
print(none, repr(none), bool(none), list(none))
print(~Perm.R, ~rwx, repr(~Perm.RW))
print(list(Perm), len(Perm), Perm(3), Perm(7), Perm["RW"])
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(Color.WHITE, list(Color.WHITE), Color(5), Color.RED | Color.BLUE, f"{Color.GREEN}")
print([c.name for c in Color], Color.__members__.keys() == {"RED", "GREEN", "BLUE", "WHITE"})
