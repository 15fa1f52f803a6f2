# globals(), module __dict__ and vars(module): one live dict, in binding order.
import sys

counter = 0


def cmd_build():
    return "building"


def cmd_test():
    return "testing"


def dispatch(name):
    return globals()["cmd_" + name]()


print([k for k in globals() if k.startswith("cmd_")])
print(dispatch("build"), dispatch("test"))
print(list(globals())[:9])

g = globals()
g["late"] = "set through the dict"
print(late)
g.update(a=1, b=2)
print(a + b)
del g["a"]
try:
    a
except NameError as e:
    print(type(e).__name__, e)
a = 10
print(list(g)[-3:])
print(g.pop("b"), "b" in g)
print(g.setdefault("c", 3), c)


def bump():
    global counter
    counter += 1
    return globals()["counter"]


print(bump(), bump(), g["counter"])

module = sys.modules[__name__]
print(module.__dict__ is g, vars(module) is g, vars() is g, locals() is g)
print(type(g).__name__, len(dir()) == len(g))
print(sorted(dir())[:4])
print("__builtins__" in g, type(__builtins__).__name__, __cached__)
print(__annotations__)
print(sorted(k for k in vars(module) if not k.startswith("_")))
print(sorted(globals().keys() - {"k"})[-4:])
g[42] = "not a name"
print(g[42], 42 in g)
del g[42]
setattr(module, "via_setattr", 7)
print(via_setattr, g["via_setattr"])
delattr(module, "via_setattr")
print("via_setattr" in g)
try:
    via_setattr
except NameError as e:
    print(type(e).__name__, e)
import sys
m=sys.modules[__name__]
try:
    del m.nope
except AttributeError as e: print(e)
import os
try:
    del os.nope
except AttributeError as e: print(e)
