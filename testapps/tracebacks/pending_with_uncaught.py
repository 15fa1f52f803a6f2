# An exception from a call in a with body that __exit__ does not swallow and no clause around
# takes: the traceback goes through the with body's line and the callee's.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit saw", kind.__name__ if kind else None)
        return False


def parse(text):
    return int(text)


def load(items):
    total = 0
    for item in items:
        try:
            with Manager():
                total += parse(item)
        except KeyError:
            total = -1
    return total


print(load(["1", "2"]))
print(load(["1", "two"]))
