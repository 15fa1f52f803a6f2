# Optional imports with a fallback: a fast implementation that is not installed and one that is,
# chosen at run time with importlib.util.find_spec as many libraries do. The missing module is
# reported at build time and left out; asking for it at run time finds nothing, as in CPython.
import importlib.util

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
