# counts[w] += 1 and o.attr reads whose KeyError/AttributeError no clause takes: CPython's
# carets under the subscript and the attribute, and the "Did you mean" suggestion.
class Settings:
    def __init__(self):
        self.colour = "red"


def describe(s):
    try:
        return s.color
    except KeyError:
        return None


try:
    describe(Settings())
except AttributeError as e:
    print("caught:", e)


def tally(words):
    counts = {}
    for w in words:
        try:
            counts[w] += 1
        except AttributeError:
            pass
    return counts


tally(["a"])
