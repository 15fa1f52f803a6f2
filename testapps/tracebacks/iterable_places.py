# Where a loop's or a comprehension's iterable is reported: a method call at its own span (its
# lookup at the attribute's), a result that is not iterable at the loop, the comprehension or the
# generator expression (CPython takes a comprehension's first iterator in the enclosing frame).
import sys, traceback
def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)
def boom(n):
    raise ValueError(n)
a = [1]
def f1():
    for x in boom(1):
        pass
show(f1)
def f2():
    for x in a[5]:
        pass
show(f2)
def f3():
    for x in a.nope:
        pass
show(f3)
def f4():
    for x in a.copy(1):
        pass
show(f4)
def f5():
    for x in 5:
        pass
show(f5)
def f6():
    for x in a.nope(1):
        print(x)
show(f6)
def f7():
    total = 0
    for x in a.nope(1):
        total += x
    return total
show(f7)
class R:
    def five(self):
        return 5
    def pairs(self, n):
        return [(1, 2, 3)] * n
r = R()
def f8():
    for x in r.five():
        pass
show(f8)
def f9():
    for a, b in r.pairs(1):
        pass
show(f9)
def f10():
    return [x for x in r.five()]
show(f10)
def f11():
    return sum(x for x in r.five())
show(f11)
def f12(line):
    n = 0
    for w in line.split():
        n += len(w)
    for w in line.split(1):
        n += 1
    return n
show(lambda: f12("a b c"))
def f13(line):
    a, b = line.split(",")
    return a
show(lambda: f13("a,b,c"))
show(lambda: f13(None))
def five():
    return 5
class R:
    def five(self):
        return 5
r = R()
show(lambda: [x for x in 5])
show(lambda: [x for x in five()])
show(lambda: [x for x in r.five()])
show(lambda: sum(x for x in r.five()))
show(lambda: sum(x for x in five()))
show(lambda: {x: 1 for x in r.five()})
a = [1]
args = (1,)
kw = {"x": 1}
show(lambda: a.nope(*args))
show(lambda: a.nope(**kw))
show(lambda: a.nope(0, *args, y=2))
def f():
    for x in a.nope(1):
        pass
show(f)
def g():
    x, y = a.nope(1)
show(g)
def m():
    return [v.nope(1) for v in a]
show(m)
