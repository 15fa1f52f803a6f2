# Exceptions raised and caught in one function, then a bare re-raise and a raise from that
# leave it: the traceback lines and chained sections must be CPython's.
def work():
    try:
        try:
            raise ValueError("low")
        except ValueError as e:
            raise RuntimeError("mid") from e
    except RuntimeError:
        print("caught mid once")
        try:
            raise
        except RuntimeError:
            pass
        finally:
            print("finally ran")
        raise


try:
    work()
except RuntimeError as e:
    print("main caught", repr(e), repr(e.__cause__))
try:
    raise LookupError("in handler")
except LookupError:
    try:
        raise KeyError("nested")
    finally:
        print("finally before leaving")
