# Which module a class made at run time belongs to: the calling frame's module, as CPython's
# type() and the namedtuple/Enum factories decide it.
import collections
import enum

import factories

for cls in factories.made_later():
    print(cls.__name__, cls.__module__)
print(factories.AtImport.__module__)
print(factories.make_for_caller("Mine").__module__)
print(type("Here", (), {}).__module__, collections.namedtuple("Local", "q").__module__, enum.Enum("Local", "A").__module__)


def inside():
    return type("Inner", (), {}).__module__, collections.namedtuple("T", "a", module="chosen").__module__


print(inside())
print(type("NoName", (), {"__module__": "given"}).__module__)
