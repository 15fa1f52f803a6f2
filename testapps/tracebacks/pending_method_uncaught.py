# A method's raise that no handler takes, through a handler that does not match, a finally and
# a second method: CPython's traceback with every frame and the "During handling" section.
class Store:
    def __init__(self):
        self.items = {}

    def get(self, key):
        if key not in self.items:
            raise KeyError(key)
        return self.items[key]

    def load(self, key):
        try:
            v = self.get(key)
        except KeyError:
            v = self.fallback(key)
        return v

    def fallback(self, key):
        try:
            v = self.get("default")
        except TypeError:
            v = None
        finally:
            print("fallback finally")
        return v


def main():
    s = Store()
    try:
        r = s.load("x")
    except ValueError:
        print("never")


main()
