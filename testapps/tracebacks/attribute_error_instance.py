class Box:
    __slots__ = ("value",)

b = Box()
b.value = 3
print(b.value)
b.other = 4
