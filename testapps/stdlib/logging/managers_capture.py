import io
import logging
import sys
import warnings

out = io.StringIO()
top = logging.StreamHandler(out)
top.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
logging.root.addHandler(top)


def flush():
    print(out.getvalue(), end="")
    out.seek(0)
    out.truncate()


# Placeholders stand for loggers asked for only as ancestors.
manager = logging.Logger.manager
deep = logging.getLogger("svc.api.v1.users")
side = logging.getLogger("svc.api.v2")
print(deep.parent is logging.root, side.parent is logging.root)
print(sorted((name, type(obj).__name__) for name, obj in manager.loggerDict.items() if name.startswith("svc")))
print(sorted(logger.name for logger in manager.loggerDict["svc.api"].loggerMap))
api = logging.getLogger("svc.api")
print(deep.parent is api, side.parent is api, api.parent is logging.root)
svc = logging.getLogger("svc")
print(api.parent is svc, deep.parent is api, type(manager.loggerDict["svc.api.v1"]).__name__)
v1 = logging.getLogger("svc.api.v1")
print(deep.parent is v1, v1.parent is api, svc.getChild("api.v1") is v1, logging.root.getChild("svc") is svc)
for bad in [3, b"svc"]:
    try:
        logging.getLogger(bad)
    except TypeError as e:
        print("TypeError", e)
print(logging.getLogger("") is logging.root, logging.getLogger("root") is logging.root, logging.getLogger(None) is logging.root)

# Effective levels walk up; isEnabledFor remembers its answers until a level is set.
api.setLevel("ERROR")
print(deep.getEffectiveLevel(), deep.isEnabledFor(logging.WARNING), repr(deep), repr(api))
api.level = logging.DEBUG          # set directly: the remembered answer stays
print(deep.isEnabledFor(logging.WARNING))
v1.setLevel(logging.NOTSET)        # any setLevel forgets them
print(deep.isEnabledFor(logging.WARNING), deep.getEffectiveLevel())
logging.disable("INFO")
print(logging.root.manager.disable, deep.isEnabledFor(logging.INFO), deep.isEnabledFor(logging.WARNING))
logging.disable(logging.NOTSET)
deep.disabled = True
deep.critical("disabled logger")
print(deep.isEnabledFor(logging.CRITICAL))
deep.disabled = False
deep.info("after re-enabling")
flush()

# Filters on loggers and handlers: Filter objects, callables, objects with filter().
class Odd:
    def filter(self, record):
        return record.args and record.args[0] % 2


drop_secret = lambda record: "secret" not in record.msg
api.addFilter(drop_secret)
api.addFilter(drop_secret)
print(len(api.filters))
top.addFilter(logging.Filter("svc.api"))
deep.info("n=%d", 1)
api.info("a secret here")
api.info("from api")
svc.info("svc is filtered by the handler")
top.addFilter(Odd())
for n in range(4):
    deep.info("count %d", n)
flush()
top.filters.clear()
api.removeFilter(drop_secret)
api.removeFilter(drop_secret)
print(api.filters, top.filter(logging.makeLogRecord({})))

# propagate and hasHandlers.
own = io.StringIO()
h = logging.StreamHandler(own)
v1.addHandler(h)
v1.propagate = False
deep.warning("stops at v1")
print(repr(own.getvalue()), repr(out.getvalue()), deep.hasHandlers(), side.hasHandlers())
v1.propagate = True
v1.removeHandler(h)
v1.removeHandler(h)
print(v1.handlers)


# A custom logger class, for the manager or for everyone.
class Tagged(logging.Logger):
    def _log(self, level, msg, args, **kwargs):
        super()._log(level, "<%s> %s" % (self.name, msg), args, **kwargs)


for setter in [logging.setLoggerClass, manager.setLoggerClass]:
    try:
        setter(dict)
    except TypeError as e:
        print("TypeError", e)
logging.setLoggerClass(Tagged)
tagged = logging.getLogger("tagged.one")
logging.setLoggerClass(logging.Logger)
print(type(tagged).__name__, type(logging.getLogger("plain.one")).__name__, logging.getLoggerClass().__name__)
tagged.error("hello")
flush()


# Adapters.
class Request(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["req"] = self.extra["id"]
        return "[%s] %s" % (self.extra["id"], msg), kwargs


top.setFormatter(logging.Formatter("%(name)s %(req)s %(message)s"))
adapter = Request(api, {"id": 7})
adapter.error("adapted %s", "call")
adapter.debug("below ERROR")
adapter.log(logging.CRITICAL, "via log")
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception("with traceback", exc_info=False)
print(adapter, adapter.name, adapter.getEffectiveLevel(), adapter.isEnabledFor(logging.ERROR), adapter.hasHandlers())
adapter.setLevel(logging.CRITICAL)
print(api.level, adapter.manager is manager)
flush()
try:
    api.critical("clash", extra={"name": "x"})
except KeyError as e:
    print("KeyError", e)
top.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))

# The deprecated warn(): a DeprecationWarning first, then the record.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for call in [lambda: svc.warn("x"), lambda: logging.warn("x"), lambda: adapter.warn("x")]:
        try:
            call()
        except DeprecationWarning as e:
            print("DeprecationWarning", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    svc.warn("logged anyway")
flush()

# captureWarnings routes warnings to the 'py.warnings' logger.
pyw = logging.getLogger("py.warnings")
print(pyw.handlers)
logging.captureWarnings(True)
print(warnings.showwarning.__name__)
warnings.simplefilter("always")
warnings.warn_explicit("captured", UserWarning, "mod.py", 3)
print(pyw.handlers)
flush()
sink = io.StringIO()
warnings.showwarning("to a file", UserWarning, "f.py", 1, file=sink)
print(repr(sink.getvalue()))
logging.captureWarnings(True)
logging.captureWarnings(False)
print(warnings.showwarning.__name__)
logging.captureWarnings(False)
sys.stderr = sys.stdout
warnings.warn_explicit("shown again", UserWarning, "mod.py", 4)
sys.stderr = sys.__stderr__
flush()
