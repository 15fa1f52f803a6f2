# Optional imports with a fallback: a fast implementation that is not installed and one that is,
# chosen at run time with try/except ImportError or importlib.util.find_spec as libraries do.
# The missing modules are reported at build time and left out; importing them at run time
# raises CPython's errors.
import importlib.util

try:
    import ujson as json_impl
except ImportError:
    import pkgcodecs.jsonish as json_impl
print("json:", json_impl.NAME)

try:
    from pkgcodecs import missing_helper
except ImportError as e:
    print("ImportError:", e)

try:
    import fastcodec.native
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e)

if importlib.util.find_spec("fastcodec") is not None:
    import fastcodec as codec
else:
    import pkgcodecs.slow as codec
print("codec:", codec.NAME)
print(codec.encode("hello"))

if importlib.util.find_spec("pkgcodecs.turbo") is not None:
    from pkgcodecs import turbo as extra
else:
    extra = None
print("turbo available:", extra is not None, extra.NAME if extra is not None else "-")
spec = importlib.util.find_spec("pkgcodecs")
print(spec.name, spec.parent, spec.origin == importlib.util.find_spec("pkgcodecs").origin)
print(importlib.util.find_spec("pkgcodecs.nothere"))

import fastcodec
