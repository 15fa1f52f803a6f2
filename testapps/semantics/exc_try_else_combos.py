# Every try/except/else/finally combination, with and without an exception, and which clauses run.
def run(raise_in, handle=True):
    log = []
    try:
        log.append("try")
        if raise_in == "try":
            raise ValueError("v")
    except ValueError if handle else ZeroDivisionError:
        log.append("except")
        if raise_in == "except":
            raise KeyError("k")
    else:
        log.append("else")
        if raise_in == "else":
            raise TypeError("t")
    finally:
        log.append("finally")
    return log


for where in [None, "try"]:
    print(where, run(where))
for where, handle in [("try", False), ("except", True)]:
    try:
        print("handled", run(where, handle))
    except Exception as e:
        print(where, type(e).__name__, e, repr(e.__context__))
try:
    run("else")
except TypeError as e:
    print("else raised", e)


def only_finally(fail):
    try:
        if fail:
            raise RuntimeError("rt")
        return "no error"
    finally:
        print("  finally", fail)


print(only_finally(False))
try:
    only_finally(True)
except RuntimeError as e:
    print("propagated", e)


def multi(value):
    try:
        return {"int": lambda: int("x"), "key": lambda: {}["k"], "idx": lambda: [][1], "ok": lambda: "fine", "zero": lambda: 1 / 0}[value]()
    except (ValueError, KeyError) as e:
        return f"tuple clause: {type(e).__name__}"
    except IndexError:
        return "index clause"
    except Exception as e:
        return f"generic: {type(e).__name__}"


print([multi(v) for v in ["int", "key", "idx", "ok", "zero"]])


def bare_except():
    try:
        raise SystemExit(3)
    except:
        return "bare caught SystemExit"


print(bare_except())


def reraise():
    try:
        try:
            raise ValueError("original")
        except ValueError:
            raise
    except ValueError as e:
        return f"re-raised {e}"


print(reraise())


def except_order():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "never"


print(except_order())


def name_unbound_after():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(name_unbound_after())
try:
    try:
        raise ValueError("bad")
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
