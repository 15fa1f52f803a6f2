"""abc: instantiating an abstract class, uncaught: the traceback names only the caller's line."""
from abc import ABC, abstractmethod


class Plugin(ABC):
    @abstractmethod
    def load(self):
        pass

    @abstractmethod
    def unload(self):
        pass


class Half(Plugin):
    def load(self):
        return "loaded"


def make(cls):
    return cls()


print(Plugin.register(dict) is dict, isinstance({}, Plugin))
make(Half)
