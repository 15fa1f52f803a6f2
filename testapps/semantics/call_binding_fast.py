# Calls to functions of up to six parameters, with defaults and keywords, bound without
# ArgumentBinder: every mismatch must still raise CPython's error, and __defaults__ changes count.


def f4(a, b, c, d):
    return (a, b, c, d)


def f6(a, b, c=3, d=4, e=5, f=6):
    return (a, b, c, d, e, f)


def po(a, b, /, c=1):
    return (a, b, c)


class Vec:
    def __init__(self, x, y, z, w=0):
        self.x, self.y, self.z, self.w = x, y, z, w

    def scaled(self, k, dx=0, dy=0, dz=0):
        return Vec(self.x * k + dx, self.y * k + dy, self.z * k + dz, self.w)

    def __repr__(self):
        return f"Vec({self.x}, {self.y}, {self.z}, {self.w})"


def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


print(f4(1, 2, 3, 4))
attempt(f4, 1, 2, 3)
attempt(f4, 1, 2, 3, 4, 5)
attempt(f4, 1, 2, 3, d=4)
attempt(f4, 1, 2, 3, a=4)
attempt(f4, 1, 2, 3, e=4)
print(f6(1, 2))
print(f6(1, 2, 7))
print(f6(1, 2, f=9, c=8))
print(f6(b=1, a=2))
attempt(f6, 1)
attempt(f6, 1, 2, 3, 4, 5, 6, 7)
f6.__defaults__ = (10, 20)
print(f6(1, 2, 3, 4))
attempt(f6, 1, 2, 3)
f6.__defaults__ = None
attempt(f6, 1, 2, 3, 4, 5)
print(po(1, 2), po(1, 2, c=5))
attempt(po, 1, b=2)
attempt(po, a=1, b=2)

v = Vec(1, 2, 3)
print(v, Vec(1, 2, 3, 4), Vec(x=1, z=3, y=2))
print(v.scaled(2), v.scaled(2, 1, 1, 1), v.scaled(2, dz=5))
attempt(Vec, 1, 2)
attempt(v.scaled)
attempt(v.scaled, 1, 2, 3, 4, 5)
attempt(v.scaled, 1, k=2)
m = v.scaled
print(m(3), m(3, 1, 2, 3), m(k=3, dy=1))
Vec.scaled.__defaults__ = (100, 200, 300)
print(v.scaled(1))
f4(1, 2, 3, d=4, e=5)
