# try/except* semantics: each clause takes its part of the group; the rest propagates.
import sys

def run(label, fn):
    try:
        fn()
        print(label, "-> nothing escaped")
    except BaseException as e:
        print(label, "-> escaped", type(e).__name__, repr(e))

def handled_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  ValueError part", repr(e))
    except* TypeError as e:
        print("  TypeError part", repr(e))
run("handled_all", handled_all)

def partly():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("  got", repr(e))
run("partly", partly)

def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), OSError("c")])])
    except* ValueError as e:
        print("  values", repr(e))
    except* OSError as e:
        print("  os errors", repr(e))
run("nested_groups", nested_groups)

# A lone exception is wrapped in an ExceptionGroup with an empty message.
def naked():
    try:
        raise ValueError("alone")
    except* ValueError as e:
        print("  wrapped", repr(e), repr(e.exceptions[0]))
run("naked", naked)

def naked_unmatched():
    try:
        raise KeyError("alone")
    except* ValueError:
        print("  never")
run("naked_unmatched", naked_unmatched)

def naked_reraise():
    try:
        raise ValueError("alone")
    except* ValueError:
        raise
run("naked_reraise", naked_reraise)

# A clause matching by a tuple, and a clause that matches nothing left.
def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("  tuple got", repr(e))
    except* ValueError:
        print("  never: already taken")
    except* KeyError as e:
        print("  key got", repr(e))
run("tuple_clause", tuple_clause)

# Handlers that raise: new exceptions are grouped with the unhandled rest.
def raising():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from value handler")
    except* TypeError:
        raise
run("raising", raising)

def raising_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("replacement")
try:
    raising_only()
except RuntimeError as e:
    print("raising_only ->", repr(e), "context", repr(e.__context__))

# Re-raising keeps the original structure of what is left.
def reraise_structure():
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError:
        raise
    except* TypeError:
        pass
run("reraise_structure", reraise_structure)

# else and finally.
def with_else_finally(fail):
    try:
        if fail:
            raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("  handled")
    else:
        print("  else")
    finally:
        print("  finally")
run("else_finally ok", lambda: with_else_finally(False))
run("else_finally fail", lambda: with_else_finally(True))

# sys.exc_info() inside a handler is the matched part.
def exc_info():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* TypeError:
        print("  exc_info", repr(sys.exc_info()[1]))
    except* ValueError:
        print("  exc_info", repr(sys.exc_info()[1]))
run("exc_info", exc_info)

# The name is unbound after the clause.
def unbound():
    try:
        raise ValueError()
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("  ", type(e).__name__, e)
run("unbound", unbound)

# Invalid clause types.
def group_type():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
run("group_type", group_type)

def not_exception():
    try:
        raise ValueError()
    except* int:
        pass
run("not_exception", not_exception)

# Nothing raised: no clause runs.
def quiet():
    try:
        pass
    except* ValueError:
        print("never")
run("quiet", quiet)

# An exception group caught by a plain except.
try:
    raise ExceptionGroup("plain", [ValueError(1)])
except ExceptionGroup as e:
    print("plain except", repr(e))

# A predicate can't be used with except*, but split accepts subclasses of groups' members.
class MyError(ValueError):
    pass
def subclass_match():
    try:
        raise ExceptionGroup("eg", [MyError("mine"), ValueError("base")])
    except* MyError as e:
        print("  subclass part", repr(e))
    except* ValueError as e:
        print("  base part", repr(e))
run("subclass_match", subclass_match)

# BaseExceptionGroup with a KeyboardInterrupt.
def base_group():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("  value part", repr(e))
run("base_group", base_group)
