class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other.name

    def __hash__(self):
        return hash(self.name)


tags = [Tag("a"), Tag("b")]
print(tags.index(Tag("b")))
print(tags.index("b"))
