# finally with return/break/continue inside loops, nested try in loops, and overridden exceptions.
def f_break():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i


print(f_break())


def f_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(f_continue())


def f_return_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            return f"swallowed at {i}"


print(f_return_in_finally())


def f_break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"broke with {i}"


print(f_break_in_finally())


def f_continue_in_finally():
    seen = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            seen.append(i)
            continue
    return seen


print(f_continue_in_finally())


def return_overrides():
    try:
        return "try"
    finally:
        return "finally"


print(return_overrides())


def finally_sees_return_value():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


print(finally_sees_return_value())


def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                try:
                    if j == 1:
                        raise ValueError((i, j))
                    out.append((i, j))
                except ValueError as e:
                    out.append(("caught", e.args[0]))
                    if i == 1:
                        break
                finally:
                    out.append("inner-f")
            finally:
                if j == 2:
                    out.append("outer-f")
    return out


for item in nested_loops():
    print(item)


def while_retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError(f"attempt {attempts}")
            return f"ok after {attempts}"
        except ConnectionError as e:
            print("retry:", e)
        finally:
            print("cleanup", attempts)


print(while_retry())


def exception_replaced():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return type(e.__context__).__name__, str(e.__context__)


print(exception_replaced())


def gen_with_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen finally", i)


g = gen_with_finally()
for v in g:
    if v == 1:
        break
print("after break")
g.close()
print("after close")


def else_and_finally():
    log = []
    for i in range(2):
        try:
            log.append("try")
        except Exception:
            log.append("except")
        else:
            log.append("else")
            if i == 0:
                continue
        finally:
            log.append("finally")
        log.append("end")
    return log


print(else_and_finally())
