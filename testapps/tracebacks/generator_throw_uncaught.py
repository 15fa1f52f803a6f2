def worker():
    yield "ready"
    yield "busy"

w = worker()
print(next(w))
w.throw(RuntimeError("stop working"))
