# Class bodies are not enclosing scopes for their methods; comprehensions in them see only the iterable.
x = "module x"


class A:
    x = "class x"
    y = x + "!"

    def method(self):
        return x

    def via_class(self):
        return A.x, self.x, type(self).y

    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        broken = [x for _ in range(1)]
    except NameError as e:
        broken = str(e)


print(A().method(), A().via_class(), A.y, A.doubled, A.broken)


def factory():
    value = "function local"

    class Inner:
        attr = value

        def get(self):
            return value

    return Inner


I = factory()
print(I.attr, I().get())


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count_seen = self.count


a, b = Counter(), Counter()
print(Counter.count, a.count_seen, b.count_seen)


class Shadow:
    len = len
    print_name = "Shadow"
    size = len([1, 2, 3])


print(Shadow.size, Shadow.len("ab"))


def outer():
    name = "enclosing"

    class C:
        name = "class attr"
        seen = name

        def f(self):
            return name

    return C.seen, C().f()


print(outer())


class Nested:
    class Config:
        level = 1

    def level(self):
        return self.Config.level


print(Nested().level(), Nested.Config.__qualname__, Nested.level.__qualname__)


class Del:
    temp = 1
    del temp


print(hasattr(Del, "temp"))


class Conditional:
    if True:
        mode = "on"
    else:
        mode = "off"
    for i in range(3):
        pass


print(Conditional.mode, Conditional.i)


def make(n):
    class Dyn:
        pass

    Dyn.__name__ = f"Dyn{n}"
    return Dyn


print(make(1).__name__, make(2).__qualname__)


class UsesGlobal:
    global gx
    gx = "set from class"


print(gx)
