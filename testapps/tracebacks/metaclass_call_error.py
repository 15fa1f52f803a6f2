class Meta(type):
    def __call__(cls, *args):
        if len(args) > 1:
            raise TypeError(f"{cls.__name__} takes one value")
        return super().__call__(*args)

class Single(metaclass=Meta):
    def __init__(self, v):
        self.v = v

print(Single(1).v)
Single(1, 2)
