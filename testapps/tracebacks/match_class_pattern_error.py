# An error raised while matching a class pattern is reported on the pattern's line.
class Point:
    __match_args__ = ["x", "y"]
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case (x, y):
            return "tuple"
        case Point(x,
                   y):
            return "point"

print(where((1, 2)))
print(where(Point(1, 2)))
