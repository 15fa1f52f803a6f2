# A small ray tracer: vector objects, operator dunders, method calls, floats.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        d = math.sqrt(disc)
        t = -b - d
        if t > 1e-4:
            return t
        t = -b + d
        return t if t > 1e-4 else None


class Scene:
    def __init__(self):
        self.spheres = [
            Sphere(Vec(0, -1000, 0), 999, Vec(0.8, 0.8, 0.8), 0.2),
            Sphere(Vec(0, 0, 5), 1, Vec(1.0, 0.2, 0.2), 0.5),
            Sphere(Vec(-2, 0.2, 6), 1.2, Vec(0.2, 1.0, 0.2), 0.3),
            Sphere(Vec(2, 0.5, 7), 1.5, Vec(0.2, 0.2, 1.0), 0.4),
        ]
        self.light = Vec(-5, 5, -3).norm()

    def trace(self, origin, direction, depth):
        nearest = None
        hit = None
        for s in self.spheres:
            t = s.intersect(origin, direction)
            if t is not None and (nearest is None or t < nearest):
                nearest = t
                hit = s
        if hit is None:
            return Vec(0.1, 0.1, 0.15)
        point = origin + direction * nearest
        normal = (point - hit.center).norm()
        shade = max(0.0, normal.dot(self.light))
        for s in self.spheres:
            if s is not hit and s.intersect(point, self.light) is not None:
                shade *= 0.3
                break
        color = hit.color * (0.1 + 0.9 * shade)
        if depth < 3 and hit.reflect > 0:
            reflected = direction - normal * (2 * direction.dot(normal))
            color = color * (1 - hit.reflect) + self.trace(point, reflected, depth + 1) * hit.reflect
        return color


def render(width, height):
    scene = Scene()
    eye = Vec(0, 0, -1)
    total = 0
    for j in range(height):
        for i in range(width):
            d = Vec((i - width / 2) / width, (height / 2 - j) / height, 1).norm()
            c = scene.trace(eye, d, 0)
            total += int(min(1.0, c.x) * 255) + int(min(1.0, c.y) * 255) + int(min(1.0, c.z) * 255)
    return total


print(render(320, 240))
