import warnings
import sys


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def user_code():
    old_api()


warnings.simplefilter("default")
user_code()
user_code()  # the registry remembers: shown once per location
warnings.warn("plain")
warnings.warn("plain")
for i in range(2):
    warnings.warn("in a loop")
warnings.filterwarnings("error", module="__main__", lineno=22)
try:
    warnings.warn("this line is an error")
except UserWarning as e:
    print("raised", e)
warnings.warn("other lines still warn")
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    old_api()
for w in seen:
    print(w.category.__name__, w.message, w.filename == __file__, w.lineno, w.line)
print(sorted(__warningregistry__.keys(), key=str)[:3])
warnings.warn("past the stack", stacklevel=20)
sys.stderr.flush()
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print("custom", c.__name__, m, l, line)
warnings.warn("to a custom hook")
