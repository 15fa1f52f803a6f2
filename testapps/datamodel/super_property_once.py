# super().name is looked up once per use: a property reached through super() runs its getter
# once, and super() method calls see the base's method.
calls = []


class Base:
    @property
    def handler(self):
        calls.append("handler")
        return lambda x: x * 2

    def greet(self, who):
        return "base greets " + who


class Child(Base):
    def run(self):
        return super().handler(21)

    def greet(self, who):
        return "child, " + super().greet(who)


c = Child()
print(c.run(), calls)
print(c.greet("you"))


class Err(Exception):
    def __init__(self, msg):
        super().__init__(msg.upper())


print(repr(Err("loud")), Err("x").args)
