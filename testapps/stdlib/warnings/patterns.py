import sys
import warnings

sys.stderr = sys.stdout


def outcome(text, category=UserWarning, module="app", line=1):
    try:
        warnings.warn_explicit(text, category, module + ".py", line, module=module)
    except Warning as e:
        return "error"
    return "-"


# Message patterns are regular expressions matched from the start, ignoring case.
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("error", message=r".*deprecat")
    warnings.filterwarnings("error", message=r"value \d+ too [bs]")
    warnings.filterwarnings("error", message=r"^exact$")
    warnings.filterwarnings("error", message="x{2,3}y")
    for text in ["this is DEPRECATED", "deprecation", "a value 12 too big", "value 12 too big", "value x too big",
                 "exact", "exact\n", "exactly", "xxy", "xxxxy", "xy", "nothing special"]:
        print(repr(text), outcome(text))
    print(len(log), [str(w.message) for w in log])

# Module patterns: case matters, '.' is any character, a prefix is enough.
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module=r"vendor\.")
    warnings.filterwarnings("error", module="pkg.core$")
    for module in ["vendor.lib", "vendorXlib", "Vendor.lib", "pkg.core", "pkgXcore", "pkg.core.sub", "other"]:
        print(module, outcome("m", module=module))
    print([w.filename for w in log])

# Filters print as CPython's compiled patterns; an equal filter moves instead of repeating.
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="Spam", module="eggs")
    warnings.filterwarnings("ignore", message="ham")
    warnings.filterwarnings("ignore", message="Spam", module="eggs")
    print(warnings.filters)
    warnings.filterwarnings("ignore", message="ham", append=True)
    warnings.simplefilter("error", RuntimeWarning, append=True)
    warnings.simplefilter("error", RuntimeWarning, append=True)
    print(len(warnings.filters), [f[0] for f in warnings.filters])
    print(warnings.filters[0][1].pattern, warnings.filters[0][3].pattern)

# catch_warnings(action=...) adds one filter for the block only.
before = list(warnings.filters)
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    print(warnings.filters[0])
    try:
        warnings.warn("inside", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("dropped", UserWarning)
    print("ignored", warnings.filters[0])
print(warnings.filters == before)

# warn() needs no location when the first matching filter ignores or raises.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.filterwarnings("error", message="boom")
    warnings.warn("quiet")
    try:
        warnings.warn("boom goes the warning", FutureWarning, stacklevel=3)
    except FutureWarning as e:
        print("FutureWarning", e)
    for args in [("m", UserWarning, "x"), ("m", str), ("m", 3), (3.5,)]:
        try:
            warnings.warn(*args)
            print("accepted", args)
        except TypeError as e:
            print("TypeError", e)

# Display hooks: a replaced showwarning or formatwarning is used; a non-callable one is refused.
with warnings.catch_warnings():
    warnings.simplefilter("always")
    seen = []
    warnings.showwarning = lambda *a: seen.append(a[:4])
    warnings.warn_explicit("hooked", UserWarning, "h.py", 4)
    print(seen)
    warnings.showwarning = "not callable"
    try:
        warnings.warn_explicit("refused", UserWarning, "h.py", 5)
    except TypeError as e:
        print("TypeError", e)
print(warnings.showwarning.__name__)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(warnings.showwarning.__name__)
    warnings.showwarning("recorded by hand", UserWarning, "s.py", 1)
    warnings.formatwarning = lambda m, c, f, l, line=None: "never used\n"
    warnings.warn_explicit("recorded too", SyntaxWarning, "s.py", 2)
    print([(str(w.message), w.category.__name__) for w in log])
    print(warnings.formatwarning("x", UserWarning, "f", 1), end="")
print(warnings.formatwarning.__name__)
warnings.simplefilter("always")
warnings.formatwarning = lambda m, c, f, l, line=None: "<%s|%s|%s|%s|%r>\n" % (m, c.__name__, f, l, line)
warnings.warn_explicit("custom text", UserWarning, "c.py", 9)
warnings.showwarning("direct", UserWarning, "c.py", 10, line="src")
