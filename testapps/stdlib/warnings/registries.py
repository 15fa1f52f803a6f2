import os
import sys
import tempfile
import warnings

sys.stderr = sys.stdout


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


def keys(registry):
    return sorted((k for k in registry if k != "version"), key=repr)


# Each action's bookkeeping in a registry given by the caller.
for action in ["default", "module", "once", "always"]:
    warnings.simplefilter(action)
    reg = {}
    for line in [0, 3, 3]:
        warnings.warn_explicit("same text", UserWarning, "f.py", line, registry=reg)
    print(action, keys(reg), type(reg.get("version")).__name__)

# 'once' without a registry counts in warnings.onceregistry.
warnings.simplefilter("once")
warnings.onceregistry.clear()
warnings.warn_explicit("only once", RuntimeWarning, "g.py", 1)
warnings.warn_explicit("only once", RuntimeWarning, "h.py", 2)
warnings.warn_explicit("only once", FutureWarning, "h.py", 2)
print(keys(warnings.onceregistry))

# A registry filled under other filters is forgotten when the filters change.
warnings.simplefilter("default")
reg = {}
warnings.warn_explicit("remembered", UserWarning, "r.py", 5, registry=reg)
warnings.warn_explicit("remembered", UserWarning, "r.py", 5, registry=reg)
warnings.simplefilter("default", append=True)
warnings.warn_explicit("remembered", UserWarning, "r.py", 5, registry=reg)
reg[("preset", UserWarning, 9)] = True
warnings.warn_explicit("preset", UserWarning, "r.py", 9, registry=reg)
reg["version"] = "stale"
warnings.warn_explicit("preset", UserWarning, "r.py", 9, registry=reg)
print(keys(reg))

# The module defaults to the file name without '.py'.
warnings.resetwarnings()
warnings.filterwarnings("error", module="tools$")
for filename in ["tools.py", "tools.pyc", "tools", ".py", ""]:
    attempt(repr(filename), lambda: warnings.warn_explicit("where", UserWarning, filename, 1))
attempt("explicit module", lambda: warnings.warn_explicit("where", UserWarning, "x.py", 1, module="tools"))

# Argument checks of warn_explicit.
warnings.resetwarnings()
warnings.simplefilter("always")
attempt("filename", lambda: warnings.warn_explicit("m", UserWarning, 3, 1))
attempt("lineno float", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 2.5))
attempt("lineno bool", lambda: warnings.warn_explicit("m", UserWarning, "f.py", True))
attempt("lineno huge", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 2 ** 40))
attempt("lineno tiny", lambda: warnings.warn_explicit("m", UserWarning, "f.py", -2 ** 40))
attempt("lineno enormous", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 2 ** 70))
attempt("negative line", lambda: warnings.warn_explicit("m", UserWarning, "f.py", -5))
attempt("registry list", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=[]))
attempt("module_globals", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, module_globals=3))
attempt("module_globals dict", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, module_globals={"__name__": "m"}))
attempt("category int", lambda: warnings.warn_explicit("m", int, "f.py", 1))
attempt("message int", lambda: warnings.warn_explicit(42, UserWarning, "f.py", 1))
attempt("source", lambda: warnings.warn_explicit("leaked", ResourceWarning, "f.py", 1, source=object()))

# Broken filter lists.
warnings.filters.insert(0, ("shout", None, Warning, None, 0))
reg = {}
attempt("unknown action", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=reg))
print(keys(reg))
warnings.filters[0] = ("short",)
attempt("short filter", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1))
saved = warnings.filters
warnings.filters = tuple(saved)
attempt("tuple filters", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1))
warnings.filters = []
warnings.defaultaction = "error"
attempt("defaultaction error", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1))
warnings.defaultaction = "ignore"
attempt("defaultaction ignore", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1))
warnings.defaultaction = "default"
warnings.filters = saved
del warnings.filters[0]

# The source line comes from the file when none is given.
folder = tempfile.mkdtemp()
os.chdir(folder)
with open("src.py", "w") as f:
    f.write("first = 1\n    second = 2   \nthird = 3\n")
warnings.warn_explicit("from a file", UserWarning, "src.py", 2)
warnings.warn_explicit("past the end", UserWarning, "src.py", 9)
warnings.warn_explicit("module given", UserWarning, "src.py", 1, module="src")
print(repr(warnings.formatwarning("fmt", UserWarning, "src.py", 3)))
print(repr(warnings.formatwarning("blank", UserWarning, "src.py", 3, line="   ")))
os.remove("src.py")
os.chdir("/")
os.rmdir(folder)
