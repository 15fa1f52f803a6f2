# Point objects with x/y/z: math.sin/cos/sqrt, normalize in place, maximize over a list.
import math
import sys
from math import sin, cos, sqrt


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


class Vec:
    # Same work on an ordinary class with an instance dict.
    def __init__(self, i):
        self.x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (self.x * self.x) / 2

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x, self.y, self.z = self.x / norm, self.y / norm, self.z / norm

    def maximize(self, other):
        self.x = max(self.x, other.x)
        self.y = max(self.y, other.y)
        self.z = max(self.z, other.z)
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(cls, n):
    points = [None] * n
    for i in range(n):
        points[i] = cls(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main(n, loops):
    for _ in range(loops):
        p = benchmark(Point, n)
    print(p)
    v = benchmark(Vec, n)
    print(round(v.x, 12), round(v.y, 12), round(v.z, 12))
    total = 0.0
    for i in range(n):
        total += math.hypot(sin(i * 0.5), cos(i * 0.25)) * math.exp(-i / n)
    print("%.9f" % total)
    print(math.fsum(sin(i) ** 2 for i in range(1000)))
    try:
        Point(0).w = 1
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        Point(0).normalize() if False else Vec(0).maximize(3)
    except AttributeError as e:
        print(type(e).__name__, e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000, int(sys.argv[2]) if len(sys.argv) > 2 else 2)
