# Raises caught by a handler of the same function: traceback entries, context chaining,
# finally ordering, re-raise, raise from, handlers that raise, exc_info and unmatched clauses.
import sys


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def simple():
    try:
        raise ValueError("one")
    except ValueError as e:
        print("caught", type(e).__name__, e, tb_lines(e), e.__context__)
        print("exc_info", sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
    print("after", sys.exc_info())


def in_loop():
    seen = []
    for i in range(6):
        try:
            if i % 2:
                raise KeyError(i)
            if i % 3 == 0:
                raise IndexError(i)
            seen.append(i)
        except KeyError as e:
            seen.append(("k", e.args[0]))
        except IndexError as e:
            seen.append(("i", e.args[0], tb_lines(e)))
        else:
            seen.append("else")
        finally:
            seen.append("f")
    print(seen)


def chained():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("outer")
    except TypeError as e:
        print(type(e).__name__, e, "context:", repr(e.__context__), e.__suppress_context__, tb_lines(e))


def raise_from():
    try:
        try:
            raise ValueError("inner")
        except ValueError as v:
            raise RuntimeError("wrapped") from v
    except RuntimeError as e:
        print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise RuntimeError("none") from None
    except RuntimeError as e:
        print(e.__cause__, repr(e.__context__), e.__suppress_context__)


def bare_reraise():
    try:
        try:
            raise ValueError("again")
        except ValueError:
            print("handling", sys.exc_info()[1])
            raise
    except ValueError as e:
        print("outer got", e, tb_lines(e))


def reraise_named():
    try:
        try:
            raise ValueError("named")
        except ValueError as e:
            raise e
    except ValueError as e:
        print("named twice", tb_lines(e), e.__context__)


def unmatched_goes_out():
    try:
        raise KeyError("out")
    except ValueError:
        print("wrong")


def finally_order():
    log = []
    try:
        try:
            log.append("body")
            raise ValueError("f")
        finally:
            log.append("finally")
    except ValueError as e:
        log.append(("caught", str(e), tb_lines(e)))
    print(log)


def finally_handler_raises():
    log = []
    try:
        try:
            raise ValueError("a")
        except ValueError:
            log.append("handler")
            raise KeyError("b")
        finally:
            log.append(("finally", sys.exc_info()[0].__name__))
    except KeyError as e:
        log.append(("outer", repr(e.__context__)))
    print(log, sys.exc_info())


def class_from_expression(kinds):
    try:
        raise kinds[0]("dyn")
    except kinds[1] as e:
        print("dynamic clause", type(e).__name__, e)
    except Exception as e:
        print("fallback", type(e).__name__)


def not_an_exception():
    try:
        raise 42
    except TypeError as e:
        print("TypeError", e)


def bad_clause():
    try:
        try:
            raise ValueError("x")
        except 3:
            print("never")
    except TypeError as e:
        print("bad clause:", e, "context:", repr(e.__context__))


def bare_raise_without_exception():
    try:
        raise
    except RuntimeError as e:
        print("RuntimeError", e)


def in_while_and_if(n):
    count = 0
    while n > 0:
        try:
            if n == 2:
                raise StopIteration
            count += n
        except StopIteration:
            count += 100
        n -= 1
    return count


class Custom(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code

    def __str__(self):
        return f"Custom<{self.code}>"


def custom():
    try:
        raise Custom(7)
    except (KeyError, Custom) as e:
        print("custom", e, e.args, e.code, tb_lines(e))


def uses_name_after():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        print(e)
    except NameError as n:
        print("NameError", n)


def with_return_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def in_handler_of_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("exit sees", a[0].__name__ if a[0] else None)
            return False

    try:
        with CM():
            raise ValueError("in with")
    except ValueError as e:
        print("after with", e, tb_lines(e))


simple()
in_loop()
chained()
raise_from()
bare_reraise()
reraise_named()
try:
    unmatched_goes_out()
except KeyError as e:
    print("caller got", repr(e), tb_lines(e))
finally_order()
finally_handler_raises()
class_from_expression((KeyError, LookupError))
class_from_expression((KeyError, ValueError))
not_an_exception()
bad_clause()
bare_raise_without_exception()
print(in_while_and_if(4))
custom()
uses_name_after()
print(with_return_in_finally())
in_handler_of_with()


def finally_swallows_with_continue():
    log = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            log.append(("f", i, sys.exc_info()[0].__name__))
            continue
    print(log, sys.exc_info())


def raise_in_finally_while_pending():
    try:
        try:
            raise ValueError("pending")
        finally:
            raise KeyError("from finally")
    except KeyError as e:
        print("got", repr(e), "context", repr(e.__context__), tb_lines(e))


def nested_finally_chain():
    log = []
    try:
        try:
            try:
                raise ValueError("deep")
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    except ValueError as e:
        log.append(tb_lines(e))
    print(log)


def handler_raise_through_finally():
    log = []
    try:
        try:
            raise ValueError("a")
        except ValueError as e:
            log.append("h")
            raise
        finally:
            log.append(("f", sys.exc_info()[0].__name__))
    except ValueError as e:
        log.append(("out", tb_lines(e)))
    print(log)


finally_swallows_with_continue()
raise_in_finally_while_pending()
nested_finally_chain()
handler_raise_through_finally()
