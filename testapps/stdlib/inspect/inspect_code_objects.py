# Code objects of functions: counts, names in cells and flags, as inspect reads them.
import inspect


def outer(a, b, /, c=1, *rest, k, **extra):
    d = [a * x for x in range(3)]

    def inner(z):
        return z + b + c
    return inner, d


class K:
    def m(self):
        return super().__repr__


def gen(v):
    w = 2
    yield (lambda: v + w)


async def co(p):
    return p


for f in (outer, outer(1, 2, k=0)[0], K.m, gen, co, lambda q: q):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
    print("   ", c.co_varnames, c.co_nlocals, c.co_freevars, c.co_cellvars)
    print("   ", c.co_flags, [name for name in ("CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS",
                                              "CO_NESTED", "CO_GENERATOR", "CO_COROUTINE")
                               if c.co_flags & getattr(inspect, name)])
    print("   ", inspect.iscode(c), c is f.__code__, c.co_firstlineno)
g = gen(1)
print(g.gi_code is gen.__code__, inspect.getgeneratorstate(g))
