# A __slots__ member (member_descriptor) used through its descriptor protocol by hand.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class Other:
    pass


p = Point(3)
d = Point.x
print(type(d).__name__, d.__name__, d.__objclass__.__name__)
print(d.__get__(p), d.__get__(p, Point))
print(d.__get__(None, Point) is d)
d.__set__(p, 10)
print(p.x)
d.__delete__(p)
for attempt in (lambda: p.x, lambda: d.__get__(p), lambda: d.__delete__(p), lambda: Point.y.__get__(p),
                lambda: d.__get__(Other()), lambda: d.__set__(Other(), 1), lambda: d.__get__(None),
                lambda: d.__get__(None, None), lambda: d.__get__(), lambda: d.__get__(p, Point, 1),
                lambda: d.__get__(p, type=Point), lambda: int.real.__get__(None, None), lambda: int.real.__get__("s")):
    try:
        print("value", attempt())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(hasattr(type(d), "__get__"), hasattr(type(d), "__set__"), hasattr(type(d), "__delete__"))
