err = RuntimeError("outer")
err.__cause__ = KeyError("set by hand")
raise err
