# Tracebacks through super().name(...) calls: an error in the method found, then a missing name.
class Base:
    def scale(self, k):
        return self.values[k] * 2


class Child(Base):
    def __init__(self):
        self.values = [1, 2]

    def scale(self, k):
        return super().scale(k) + 1

    def missing(self):
        return super().absent(
            1)


c = Child()
print(c.scale(1))
try:
    c.scale(5)
except IndexError as e:
    import traceback
    traceback.print_exc()
c.missing()
