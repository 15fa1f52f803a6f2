# How match compares: value patterns call ==, singletons use identity, class patterns use isinstance.
log = []


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(("eq", self.v, other))
        return self.v == other

    __hash__ = None


class Consts:
    ONE = 1
    TWO = 2


def check(subject):
    match subject:
        case Consts.ONE:
            return "one"
        case Consts.TWO:
            return "two"
        case None:
            return "none"
        case _:
            return "other"


print(check(Loose(2)), log)
log.clear()
print(check(Loose(None)), log)
log.clear()


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "pretend"


class Pretend(metaclass=Meta):
    pass


def by_class(x):
    match x:
        case Pretend():
            return "Pretend matched"
        case str(s):
            return f"plain str {s}"


print(by_class("pretend"), by_class("real"))


class AlwaysEqual:
    def __eq__(self, other):
        return True


match AlwaysEqual():
    case 1:
        print("AlwaysEqual matched 1")
match True:
    case None:
        print("no")
    case 1.0:
        print("True == 1.0 for value patterns")
match 0:
    case False:
        print("0 does not match the False singleton? it does not")
    case _:
        print("0 is not False by identity")


class Weird:
    __match_args__ = ("a",)

    @property
    def a(self):
        log.append("a read")
        return 5


match Weird():
    case Weird(4):
        print("4")
    case Weird(5):
        print("5", log)

counter = 0


def next_value():
    global counter
    counter += 1
    return counter


match (1, 2):
    case (x, y) if (z := x + y) > 2:
        print("walrus in guard", z)
match [1, 2, 3]:
    case [1, *_] if next_value() > 5:
        print("no")
    case [1, *_] if next_value() == 2:
        print("second guard after first evaluated", counter)
