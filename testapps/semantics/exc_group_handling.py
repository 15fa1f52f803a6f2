# ExceptionGroup split/subgroup/derive, nesting, except* with multiple matches and leftovers.
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(repr(eg.message), len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError), eg.split(Exception)[1])


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)[0]), type(mg.subgroup(TypeError)).__name__)


def handle(group):
    caught = []
    try:
        raise group
    except* ValueError as g:
        caught.append(("value", [str(e) for e in g.exceptions]))
    except* (TypeError, KeyError) as g:
        caught.append(("type/key", sorted(type(e).__name__ for e in g.exceptions)))
    return caught


print(handle(eg))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as leftover:
    print("leftover", repr(leftover))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, repr(g.exceptions))

for bad in ((), ("m", []), ("m", [1]), (1, [ValueError()])):
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("no base", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
eg2 = ExceptionGroup("notes", [ValueError("x")])
eg2.add_note("a note")
print(eg2.__notes__, eg2.split(ValueError)[0].__notes__)
