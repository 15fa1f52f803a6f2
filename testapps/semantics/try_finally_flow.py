# return/break/continue through finally blocks, nested finally, finally overriding.
def nested_return():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")

print(nested_return())

def override_return():
    try:
        return 1
    finally:
        return 2

print(override_return())

def finally_swallows_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i

print(finally_swallows_break())

def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        finally:
            out.append("f" + str(i))
            continue
    return out

print(continue_in_finally())

def while_else_with_finally(n):
    i = 0
    while i < n:
        try:
            if i == 2:
                break
        finally:
            i += 1
    else:
        return "no break", i
    return "break", i

print(while_else_with_finally(1), while_else_with_finally(5))

def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x[0]
    finally:
        x[0] = 99

print(return_value_evaluated_before_finally())

def loop_in_try():
    total = 0
    try:
        for i in range(10):
            if i == 5:
                break
            total += i
    finally:
        total += 100
    return total

print(loop_in_try())

def deep(n):
    try:
        if n == 0:
            return "bottom"
        return deep(n - 1)
    finally:
        print("unwind", n)

print(deep(3))

count = 0
for i in range(3):
    try:
        try:
            if i == 1:
                continue
            count += 1
        finally:
            count += 10
    finally:
        count += 100
print(count)
