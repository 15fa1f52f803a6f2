# Method calls, inheritance and super(), operator dunders.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self, k):
        self.n += k
        return self.n

class Doubling(Counter):
    def step(self, k):
        return super().step(2 * k)

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

def main():
    c = Counter()
    d = Doubling()
    v = Vec(0, 0)
    one = Vec(1, 1)
    for i in range(1000000):
        c.step(i)
        d.step(i)
        v = v + one
    print(c.n, d.n, v.x, v.y)

main()
