# Which generators a loop closes when it is left early: only one nothing else can hold (a call
# of a generator function, a method bound to one, a module's one, a genexpr, a class's generator
# __iter__). A generator a wrapper stored, a dict kept or a name holds stays suspended.
import types


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup", tag)


kept = []


def wrapper(tag, make=numbers):
    # Not a generator function: what it returns may be held elsewhere (here it is).
    g = make(tag)
    kept.append(g)
    return g


print("wrapper that keeps it:")
for x in wrapper("wrapped"):
    break
print("after loop, still suspended:", kept[0].gi_suspended)
print("next gives", next(kept[0]))
kept[0].close()

print("dict.setdefault keeps it:")
store = {}
for x in store.setdefault("k", numbers("stored")):
    break
print("after loop, in the dict:", store["k"].gi_suspended)
store["k"].close()


class Source:
    def __init__(self):
        self.stream = numbers("attribute")

    def __iter__(self):
        return self.stream

    def items(self, tag):
        try:
            yield "a"
            yield "b"
        finally:
            print("  items closed", tag)

    @staticmethod
    def plain(tag):
        return numbers(tag)


print("__iter__ returning a stored generator:")
s = Source()
for x in s:
    break
print("after loop:", s.stream.gi_suspended)
s.stream.close()

print("generator method:")
for x in s.items("method"):
    break
print("after method loop")

print("bound method held in a name:")
m = s.items
for x in m("bound"):
    break
print("after bound loop")

print("method shadowed by an instance attribute:")
s.items = lambda tag: kept[-1]
kept.append(numbers("shadowed"))
for x in s.items("ignored"):
    break
print("after shadowed loop:", kept[-1].gi_suspended)
kept[-1].close()

print("module function:")
mod = types.ModuleType("mod")
mod.numbers = numbers
for x in mod.numbers("module"):
    break
print("after module loop")

print("name rebound to a wrapper:")
original = numbers


def numbers(tag):
    return wrapper(tag)


for x in numbers("rebound"):
    break
print("after rebound loop:", kept[-1].gi_suspended)
kept[-1].close()
numbers = original

print("generator function rebound to another one:")
def other(tag):
    try:
        yield "o"
    finally:
        print("  other closed", tag)


numbers = other
for x in numbers("swapped"):
    break
numbers = original
print("after swapped loop")

print("subclass __iter__ generator:")


class Base(list):
    def __iter__(self):
        try:
            yield from super().__iter__()
        finally:
            print("  list subclass iterator closed")


for x in Base([1, 2, 3]):
    break
print("after subclass loop")

print("starred arguments:")
for x in numbers(*["starred"]):
    break
print("after starred loop")

print("nested generator expression over a wrapper:")
for v in (y for x in [1] for y in wrapper("inner wrapped")):
    break
print("after nested genexpr:", kept[-1].gi_suspended)
kept[-1].close()
print("nested generator expression over a generator call:")
for v in (y for x in [1] for y in numbers("inner call")):
    break
print("after nested genexpr call")
print("fused any() over a wrapper:")
print(any(x for x in wrapper("any wrapped")), kept[-1].gi_suspended)
kept[-1].close()

# At exit CPython frees __main__'s dict after the atexit functions: the suspended generators only
# globals hold are closed in the order their names were bound; finished and unstarted ones print nothing.
import atexit


def held(tag):
    try:
        yield tag
    finally:
        print("closed:", tag)


global_b = held("global_b")
next(global_b)
_global_a = held("_global_a")
next(_global_a)
global_unstarted = held("unstarted")
global_done = held("done")
next(global_done)
global_done.close()
atexit.register(print, "atexit runs first")
print("end of module")
