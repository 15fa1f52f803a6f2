import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("first", UserWarning, "a.py", 10)
    warnings.warn_explicit("second", DeprecationWarning, "b.py", 20, module="pkg.b")
    warnings.warn_explicit(RuntimeWarning("instance"), None, "c.py", 30)
    print(len(log))
    for w in log:
        print(type(w).__name__, w.category.__name__, w.message, type(w.message).__name__, w.filename, w.lineno, w.file, w.line, w.source)
    print(str(log[0]))
with warnings.catch_warnings(record=True) as log2:
    print(log2, log2 is not log)
print(warnings.catch_warnings(), repr(warnings.catch_warnings(record=True)))
cw = warnings.catch_warnings()
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print("RuntimeError", e)
cw.__exit__(None, None, None)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn_explicit("repeated once", UserWarning, "x.py", i, registry={})
    warnings.simplefilter("module")
    reg = {}
    for i in range(3):
        warnings.warn_explicit("per module", UserWarning, "x.py", i, registry=reg)
    warnings.simplefilter("default")
    reg = {}
    for i in [1, 1, 2]:
        warnings.warn_explicit("per line", UserWarning, "x.py", i, registry=reg)
    print([(str(w.message), w.lineno) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.filterwarnings("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("error", message="very", category=RuntimeWarning)
    warnings.filterwarnings("ignore", module="vendor")
    warnings.filterwarnings("ignore", lineno=99)
    print([f[0] for f in warnings.filters], [f[1].pattern if f[1] else None for f in warnings.filters])
    tries = [("noisy thing", UserWarning, "m", 1), ("Noisy caps", UserWarning, "m", 1),
             ("very fatal", RuntimeWarning, "m", 1), ("Very fatal", RuntimeWarning, "m", 1), ("very fatal", UserWarning, "m", 1),
             ("from vendor", UserWarning, "vendor.lib", 1), ("from other", UserWarning, "other", 1),
             ("line 99", UserWarning, "m", 99), ("line 98", UserWarning, "m", 98)]
    for text, cat, mod, line in tries:
        try:
            warnings.warn_explicit(text, cat, mod + ".py", line, module=mod)
        except Warning as e:
            print("raised", type(e).__name__, e)
    print([str(w.message) for w in log])

for bad in [lambda: warnings.filterwarnings("ignore", message=3), lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", lineno=-1), lambda: warnings.filterwarnings("shout"),
            lambda: warnings.simplefilter("ignore", lineno="x"), lambda: warnings.warn_explicit("m", UserWarning, "f", "notanint")]:
    try:
        bad()
        print("accepted")
    except Exception as e:
        print(type(e).__name__, e)
