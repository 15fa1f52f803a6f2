# throw() into a generator suspended in a with statement whose __exit__ does not suppress.
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__)
        return False

def worker():
    with Managed():
        yield "working"
        yield "still working"

w = worker()
print(next(w))
w.throw(ValueError("stop now"))
