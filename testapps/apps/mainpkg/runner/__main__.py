# A package's __main__.py as the entry point (python -m runner): the package is imported
# first, and relative imports work because __package__ is the package.
print("__main__ runs:", __name__, __package__)
print(__file__)
from . import VERSION
from .cli import run
from .commands import greet
import runner
print("runner version", VERSION, runner.VERSION)
print(run(["greet", "world"]))
print(run(["count", "3"]))
print(greet.__name__)
