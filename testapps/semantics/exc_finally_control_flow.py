# return/break/continue inside try/finally: finally always runs and can override or swallow.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def order(log):
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")


print(ret_in_finally(), swallow(), order([]))

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("cleanup", i)
print("after loop", i)


def break_swallows():
    for _ in range(1):
        try:
            raise KeyError("k")
        finally:
            break
    return "loop ended"


print(break_swallows())


def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"caught {e}")
    finally:
        log.append("outer finally")
    return log


print(nested())


def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2


print(value_at_return())


def while_else():
    n = 0
    while n < 3:
        try:
            n += 1
            if n == 5:
                break
        finally:
            pass
    else:
        return f"else ran, n={n}"


print(while_else())
