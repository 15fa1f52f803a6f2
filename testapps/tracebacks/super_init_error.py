class Base:
    def __init__(self, size):
        self.cells = [0] * size
        self.cells[size] = 1


class Derived(Base):
    def __init__(self):
        super().__init__(4)


Derived()
