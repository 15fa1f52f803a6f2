import io
import sys
import warnings

print(warnings.filters)
warnings.simplefilter("ignore")
warnings.warn("silenced")
warnings.warn("also silenced", DeprecationWarning)
print("ignored warnings printed nothing")

warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("UserWarning raised:", e)
try:
    warnings.warn("deprecated", DeprecationWarning, stacklevel=2)
except DeprecationWarning as e:
    print("DeprecationWarning raised:", e, type(e).__mro__[1].__name__)


class MyWarning(UserWarning):
    pass


try:
    warnings.warn(MyWarning("instance given"))
except MyWarning as e:
    print("MyWarning raised:", e)

warnings.resetwarnings()
print(warnings.filters)
warnings.filterwarnings("error", category=RuntimeWarning)
warnings.filterwarnings("ignore", category=RuntimeWarning, append=True)
print(warnings.filters)
try:
    warnings.warn("runtime", RuntimeWarning)
except RuntimeWarning as e:
    print("RuntimeWarning raised:", e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("inside", RuntimeWarning)
    print("inside catch_warnings:", len(warnings.filters))
print("after catch_warnings:", len(warnings.filters), warnings.filters[0][0])

for bad in [lambda: warnings.warn("x", 3), lambda: warnings.warn("x", ValueError)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    warnings.simplefilter("loud")
except AssertionError as e:
    print("AssertionError", e)

out = io.StringIO()
warnings.resetwarnings()
warnings.showwarning("shown by hand", UserWarning, "somefile.py", 12, file=out)
print(repr(out.getvalue()))
print(repr(warnings.formatwarning("formatted", FutureWarning, "f.py", 3, line="x = 1")))
warnings.warn_explicit("explicit", UserWarning, "mod.py", 7, registry={})
sys.stderr.flush()
registry = {}
warnings.simplefilter("default")
sys.stderr = sys.stdout
warnings.warn_explicit("once per registry", UserWarning, "a.py", 1, registry=registry)
warnings.warn_explicit("once per registry", UserWarning, "a.py", 1, registry=registry)
warnings.simplefilter("always")
warnings.warn_explicit("always shown", UserWarning, "a.py", 2, registry=registry)
warnings.warn_explicit("always shown", UserWarning, "a.py", 2, registry=registry)
print(sorted(k for k in registry if k != "version"))
