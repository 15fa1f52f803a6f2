# An uncaught nested exception group, with a cause, a context and notes inside.
def fail(n):
    raise ValueError(f"bad value {n}")

def collect():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    try:
        raise KeyError("missing")
    except KeyError as k:
        try:
            raise TypeError("while handling the key error")
        except TypeError as t:
            errors.append(t)
    inner = ExceptionGroup("inner problems", errors)
    note = OSError("disk full")
    note.add_note("first note")
    note.add_note("second\nnote")
    try:
        raise RuntimeError("root cause")
    except RuntimeError as root:
        raise ExceptionGroup("all problems", [inner, note]) from root

collect()
