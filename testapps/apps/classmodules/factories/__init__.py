"""Classes made at run time by functions of this package: each belongs to the module that called
the maker (type(), namedtuple, the Enum functional API), as in CPython."""
import collections
import enum
import types


def made_later():
    return (
        type("Dynamic", (), {}),
        collections.namedtuple("Pair", "a b"),
        enum.Enum("Color", "RED GREEN"),
        types.new_class("Fresh"),
    )


def make_for_caller(name):
    return collections.namedtuple(name, "x")


AtImport = collections.namedtuple("AtImport", "a")
