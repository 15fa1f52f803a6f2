def handler_types():
    raise LookupError("while choosing a handler")

try:
    raise ValueError("original")
except handler_types():
    pass
