# inspect's predicates, members, docs, source and frames.
import functools
import inspect
import os
import sys


class Base:
    """Base class.

    Second paragraph, indented.
    """

    limit = 3

    def run(self, x):
        """Run it."""
        return x

    @property
    def size(self):
        """The size."""
        return 1

    @classmethod
    def build(cls):
        return cls()

    @staticmethod
    def util():
        return 0


class Derived(Base):
    def run(self, x):  # no docstring: inherited
        return x * 2


@functools.total_ordering
class Ordered:
    def __eq__(self, other):
        return True

    def __lt__(self, other):
        return False


def decorated(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper


@decorated
def target(a,
           b=(1,
              2)):
    """Target doc."""
    text = """a string
with a def inside: def nope():
"""
    if a:
        return b  # trailing comment

    # a comment inside the body
    return text


def one_liner(): return 42


def gen():
    yield 1


async def co():
    return 1


objs = [Base, Derived, Base.run, Base().run, Base.build, Base.util, Base.size, target, gen, gen(),
        co, len, [].append, str.join, inspect, 42, Ordered, functools.partial(target, 1)]
c = co()
objs.append(c)
preds = [inspect.ismodule, inspect.isclass, inspect.ismethod, inspect.isfunction, inspect.isgeneratorfunction,
         inspect.isgenerator, inspect.iscoroutinefunction, inspect.iscoroutine, inspect.isawaitable,
         inspect.isbuiltin, inspect.isroutine, inspect.isabstract, inspect.isdatadescriptor]
for o in objs:
    print(type(o).__name__, [int(p(o)) for p in preds])
c.close()

print([name for name, _ in inspect.getmembers(Derived) if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(Derived, inspect.isfunction)])
print([(n, v) for n, v in inspect.getmembers(Base()) if n in ("limit", "size")])
print(inspect.getattr_static(Base(), "size").__class__.__name__, inspect.getattr_static(Base, "limit"))
print(inspect.getattr_static(Base, "missing", "default"))

for o in (Base, Derived, Base.run, Derived.run, Derived().run, Base.size, target, one_liner):
    print(repr(inspect.getdoc(o)))
print(repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
print(repr(inspect.cleandoc("\n\n\tTabbed\n\t  more\n")))

print(os.path.basename(inspect.getfile(Base)), os.path.basename(inspect.getsourcefile(target)))
print(inspect.getmodule(Base) is sys.modules[__name__], inspect.getmodule(target).__name__)
print(inspect.getmodulename("/x/y/tool.py"), inspect.getmodulename("/x/y/README"))
print(inspect.unwrap(target).__name__, inspect.unwrap(target) is not target)
for o in (target, inspect.unwrap(target), one_liner, Derived.run, Base.size.fget, Ordered, Base):
    lines, start = inspect.getsourcelines(o)
    print(start, len(lines))
    print(inspect.getsource(o), end="---\n")
try:
    inspect.getfile(42)
except TypeError as exc:
    print("TypeError:", exc)


def where():
    frame = inspect.currentframe()
    caller = frame.f_back
    info = inspect.getframeinfo(caller)
    return frame.f_code.co_name, caller.f_code.co_name, info.function, info.lineno, info.code_context, info.index


def outer():
    return where()


print(outer())


def show_stack():
    names = [fi.function for fi in inspect.stack()]
    record = inspect.stack()[1]
    return names, record.function, record[3], record.lineno, record.code_context


print(show_stack())

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
