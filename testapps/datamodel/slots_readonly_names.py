# Without an instance __dict__, a name the class defines cannot be shadowed on the instance:
# CPython says the attribute is read-only; a name nobody defines "has no attribute".
class P:
    __slots__ = ("x",)
    LIMIT = 10

    def get(self):
        return self.x


class Q(P):
    pass  # gets a __dict__: its instances may shadow class names


p = P()
p.x = 1
for name in ("get", "LIMIT", "y", "__class__x"):
    try:
        setattr(p, name, 1)
        print("set", name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    p.get = 2
except AttributeError as e:
    print("assign:", e)
try:
    del p.get
except AttributeError as e:
    print("delete:", e)
try:
    del p.y
except AttributeError as e:
    print("delete:", e)
q = Q()
q.get = "shadowed"
print(q.get)
try:
    del q.LIMIT
except AttributeError as e:
    print("delete with dict:", e)
del q.get
print(q.get.__name__)
