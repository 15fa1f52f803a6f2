# yield as a value inside larger expressions: the walrus, calls, arithmetic (left operand first),
# nested yields, if/while/assert/for/raise headers, += and yield from, with send() and tracebacks.
def tagger(prefix):
    seen = []
    while (item := (yield len(seen))) is not None:
        seen.append(f"{prefix}{item}")
    return seen

def doubler():
    x = 1
    while x < 40:
        x = (yield x) * 2 + (yield -x)
    return x

def echo_args():
    result = list((yield "a"), )
    print("echo got", result, max((yield "b"), (yield "c")))
    return (yield "d")

def nested():
    v = yield (yield 1)
    print("v", v)
    if (yield 2):
        print("truthy")
    x = [0]
    x[0] += yield 3
    print(x, (yield from sub()) + 1)
    for i in (yield 4):
        print("i", i)
    assert (yield 5), "msg"
    raise ValueError((yield 6))

def sub():
    yield "s"
    return 10

t = tagger("v")
print(next(t), t.send("1.0"), t.send("1.1"))
try: t.send(None)
except StopIteration as s: print(s.value)
d = doubler(); out=[next(d)]
try:
    while True: out.append(d.send(len(out)+1))
except StopIteration as s: print(out, s.value)
e = echo_args()
print(next(e), e.send("xy"), e.send(3), e.send(9))
try: e.send(7)
except StopIteration as s: print("ret", s.value)
n = nested()
print(next(n), n.send("a"), n.send("b"), n.send(True), n.send(5), n.send(None), n.send([1,2]), n.send(1))
try:
    n.send("boom")
except ValueError as ex:
    print("VE", ex)
import traceback
def bad():
    x = 1 + (yield 1)
g = bad(); next(g)
try: g.send("s")
except TypeError: traceback.print_exc()

def conditional():
    a = (yield "first") or (yield "second")
    b = (yield "third") if a == "x" else "skipped"
    print("conditional", a, b, [(yield "list"), 2], {"k": (yield "dict")})

c = conditional()
print(next(c), c.send(""), c.send("x"), c.send("b"), c.send("li"))
try: c.send("di")
except StopIteration: print("conditional done")
lam = lambda: (yield 1) + 1
g = lam(); print(next(g))
try: g.send(2)
except StopIteration as s: print("lambda returned", s.value)
