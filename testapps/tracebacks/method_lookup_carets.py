# A method call whose lookup fails marks the attribute (o.name), as CPython 3.11 reports LOAD_METHOD;
# an error inside the called method marks the whole call.
import sys, traceback

class A:
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError("no " + name)
    def fails(self, x):
        return x.nothing()

def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)

a = A()
show(lambda: a.count(2))
show(lambda: a.boom(1, 2))
show(lambda: a.fails(3))
show(lambda: (a
    .missing(1)))
show(lambda: "x".nope())
show(lambda: super(A, a).other(1))
show(lambda: None.strip())
show(lambda: a.fails(None) + 1)
obj = None
def g():
    total = 0
    for i in range(3):
        total += obj.value(i, key=1)
    return total
show(g)
def h(o):
    return o.count(2) + o.thing(1, 2, 3, 4)
show(lambda: h([1, 2]))
try:
    [].nope()
except AttributeError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, traceback.extract_tb(tb)[0].colno, traceback.extract_tb(tb)[0].end_colno)
None.strip()
