# getattr() and next() whose errors no clause takes: the AttributeError keeps its "Did you
# mean" suggestion and the StopIteration its traceback.
class Config:
    def __init__(self):
        self.verbose = True


def option(cfg, name):
    try:
        value = getattr(cfg, name)
    except KeyError:
        value = None
    return value


print(option(Config(), "verbose"))
it = iter([])
try:
    print(option(Config(), "verbos"))
except AttributeError as e:
    print("caught", e, e.name)


def first(items):
    try:
        return next(items)
    except TypeError:
        return None


print(first(iter([7])))
print(option(Config(), "verbos"))
