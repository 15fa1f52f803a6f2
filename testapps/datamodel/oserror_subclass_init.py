# OSError reads (errno, strerror, filename...) in __init__ when a subclass overrides __init__ but not __new__,
# at construction otherwise (then OSError.__init__ does nothing).
class NotThere(OSError):
    def __init__(self, path):
        super().__init__(2, "missing")
        self.path = path

e = NotThere("a.txt")
print(e.errno, e.strerror, e.args, e.path)
print(str(e))

class WithNew(FileNotFoundError):
    def __init__(self, name):
        super().__init__(2, "No such file", name)

w = WithNew("b.txt")
print(w.errno, w.filename, str(w), w.args)
e = OSError(2, "m", "f")
e.__init__(5, "x")
print(e.args, e.errno, e.filename, str(e))
class A(OSError):
    def __init__(self, *a):
        print("init got", a)
        super().__init__(*a)
a = A(2, "m", "f")
print(a.args, a.errno, a.filename, str(a))
class B(OSError):
    def __init__(self, x):
        super().__init__("just text")
b = B(3)
print(b.args, b.errno, b.strerror, str(b))
class C(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(17, "exists")
c = C(2, "m")
print(c.args, c.errno, str(c))
class D(FileNotFoundError):
    def __init__(self, n):
        super().__init__(2, "No such file", n, None, "other")
d = D("q")
print(d.args, d.errno, d.filename, d.filename2, str(d))
print(type(OSError(2, "x")).__name__)
class A(OSError):
    def __init__(self):
        super().__init__(2, "x", foo=1)
try:
    A()
except Exception as e: print(type(e).__name__, e)
try:
    OSError(2, "x", foo=1)
except Exception as e: print(type(e).__name__, e)
class B(OSError):
    def __init__(self):
        super().__init__(2, "x", "f", 7, "g")
b = B()
print(b.args, b.filename, b.filename2, str(b))
class E(OSError):
    def __init__(self):
        super().__init__(2, "x", "f", 7, "g", 9)
e = E()
print(e.args, e.errno, e.filename, str(e))
