# raise with a builtin exception class, an instance, and a cause.
def check(n):
    if n > 2:
        raise ValueError("n is too large: " + str(n))
    return n


print(check(1))
try_count = 0
assert check(2) == 2, "check failed"
raise RuntimeError("wrapped") from KeyError("missing")
