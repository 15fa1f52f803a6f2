# Instance attribute reads and writes, class attributes, properties.
class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

def main():
    p = Point(1, 2)
    total = 0
    for i in range(2000000):
        p.x = i
        total += p.x + p.y * Point.scale
        total += p.norm1
    print(total)

main()
