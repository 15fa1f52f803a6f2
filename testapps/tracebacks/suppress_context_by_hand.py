try:
    raise ValueError("hidden")
except ValueError:
    e = TypeError("shown alone")
    e.__suppress_context__ = True
    raise e
