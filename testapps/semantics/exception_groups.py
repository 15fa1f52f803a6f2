# ExceptionGroup and BaseExceptionGroup: construction, attributes, split, subgroup, derive.
def show(label, value):
    print(label, repr(value))

eg = ExceptionGroup("several", [ValueError(1), TypeError("two"), ValueError(3)])
show("repr", eg)
print("str", str(eg))
print("message", eg.message)
show("exceptions", eg.exceptions)
show("args", eg.args)
print(type(eg).__name__, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])

one = ExceptionGroup("one", (KeyError("k"),))
print(str(one))

# BaseExceptionGroup of Exceptions is an ExceptionGroup; with a BaseException it stays one.
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)

def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("base in ExceptionGroup", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
attempt("empty", lambda: ExceptionGroup("x", []))
attempt("not a sequence", lambda: ExceptionGroup("x", None))
attempt("not exceptions", lambda: ExceptionGroup("x", [ValueError(), 5]))
attempt("message not str", lambda: ExceptionGroup(5, [ValueError()]))
attempt("one argument", lambda: ExceptionGroup("x"))
attempt("three arguments", lambda: ExceptionGroup("x", [ValueError()], 3))

# split by type, by tuple and by predicate.
nested = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]), KeyError("k1")])
match, rest = nested.split(ValueError)
show("match", match)
show("rest", rest)
match, rest = nested.split((TypeError, KeyError))
show("match", match)
show("rest", rest)
match, rest = nested.split(lambda e: isinstance(e, ValueError) and "2" in str(e))
show("match", match)
show("rest", rest)
show("no match", nested.split(OSError))
show("all match", nested.split(Exception)[0] is nested)
show("subgroup", nested.subgroup(TypeError))
show("subgroup none", nested.subgroup(OSError))
show("subgroup all", nested.subgroup(lambda e: True) is nested)
attempt("split with int", lambda: nested.split(int))
attempt("split with instance", lambda: nested.split(ValueError()))

# The parts keep the original's traceback, cause, context and notes.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    print(m.__traceback__ is caught.__traceback__, repr(m.__cause__), repr(m.__context__), m.__notes__, m.__notes__ is caught.__notes__)
    print(m.__suppress_context__, r.__suppress_context__)

# derive makes a plain group with the same message; subclasses can override it.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)

mg = MyGroup("mine", [ValueError(1), TypeError(2)])
show("derive", mg.derive([KeyError(3)]))
show("base derive", ExceptionGroup.derive(mg, [KeyError(3)]))
m, r = mg.split(ValueError)
show("split of subclass", m)
show("rest of subclass", r)

# add_note and its errors.
e = ValueError("noted")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
attempt("note not str", lambda: e.add_note(5))
e.__notes__ = "not a list"
attempt("notes not list", lambda: e.add_note("x"))
