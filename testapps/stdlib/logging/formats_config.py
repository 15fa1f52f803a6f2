import io
import logging
import os
import sys
import tempfile
import time


def attempt(label, action):
    try:
        result = action()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# Validation of the three styles.
for fmt in ["%(message)s", "%(levelno)X", "%(name)-*.*s", "%%(name)s", "%(name)", "%s", "%(a b)s", "% (x)s", "%(x)10.3f", "%(x)Z"]:
    attempt("%% %r" % fmt, lambda: logging.Formatter(fmt)._fmt)
for fmt in ["{message}", "{}", "{0}", "{x!z}", "{x!r:>4}", "{x.y[0]}", "{x:zz}", "{x:{w}.{p}f}", "{x", "x}", "{a b}",
            "{x.}", "{x!}", "{x!rs}", "{x:%Y}", "{x:,_}", "{x: >+#010,.3f}", "{{x}}", "{x{y}}", "{x!"]:
    attempt("{ %r" % fmt, lambda: logging.Formatter(fmt, style="{")._fmt)
for fmt in ["$message", "${message}", "$", "$$x", "x $ y $z", "${x", "$1", "plain"]:
    attempt("$ %r" % fmt, lambda: logging.Formatter(fmt, style="$")._fmt)
attempt("unvalidated", lambda: logging.Formatter("no fields at all", validate=False)._fmt)
attempt("bad style", lambda: logging.Formatter(style="#"))
print(logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._fmt, logging.Formatter()._fmt)

# Formatting: defaults, missing fields, usesTime.
record = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelname": "INFO", "name": "fmt"})
f = logging.Formatter("{region}/{name}: {message}", style="{", defaults={"region": "eu"})
print(f.format(record), record.message)
f = logging.Formatter("$region/$name: ${message}", style="$", defaults={"region": "us"})
print(f.format(record))
record.region = "own"
print(f.format(record))
for fmt, style in [("%(nope)s", "%"), ("{nope}", "{"), ("$nope", "$")]:
    attempt("missing " + style, lambda: logging.Formatter(fmt, style=style).format(record))
attempt("bare $ unvalidated", lambda: logging.Formatter("a $ b ${message}", style="$", validate=False).format(record))
for fmt, style in [("%(asctime)s", "%"), ("%(asctime)-20s", "%"), ("{asctime:>30}", "{"), ("$asctime", "$"), ("${asctime}", "$"), ("%(message)s", "%")]:
    print(fmt, logging.Formatter(fmt, style=style).usesTime())

# Times: the converter, datefmt, the millisecond format.
stamp = logging.makeLogRecord({"msg": "t", "created": 86400 * 365 + 0.25, "msecs": 250.0})
utc = logging.Formatter("%(asctime)s %(message)s")
utc.converter = time.gmtime
print(utc.format(stamp))
utc.default_msec_format = "%s.%03d"
print(utc.formatTime(stamp))
utc.default_msec_format = None
print(utc.formatTime(stamp))
utc.default_time_format = "%H:%M"
print(utc.formatTime(stamp), utc.formatTime(stamp, "%d/%m/%Y"))
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)

# Tracebacks and stacks: cached on the record, each on its own line.
try:
    {}["missing"]
except KeyError:
    failed = logging.makeLogRecord({"msg": "failed", "exc_info": sys.exc_info()})


class Short(logging.Formatter):
    def formatException(self, ei):
        return "EXC(%s)" % ei[0].__name__

    def formatStack(self, stack_info):
        return "STACK(%s)" % stack_info


print(Short().format(failed), failed.exc_text)
print(logging.Formatter().format(failed))
print(repr(Short().format(logging.makeLogRecord({"msg": "ends\n", "stack_info": "s"}))))
print(repr(Short().format(logging.makeLogRecord({"msg": "x", "exc_text": "given", "stack_info": "s"}))))
print(repr(logging.BufferingFormatter().format([])), repr(logging.BufferingFormatter(Short("<%(message)s>")).format([stamp, record])))


class Boxed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "%d records: " % len(records)

    def formatFooter(self, records):
        return "."


print(Boxed().format([stamp, stamp]))

# basicConfig: styles, handlers, force, files, and its errors.
out = io.StringIO()
logging.basicConfig(stream=out, style="{", format="{levelname}|{message}", level="INFO")
logging.info("brace style")
logging.debug("below INFO")
logging.basicConfig(stream=sys.stdout, format="ignored: root has a handler")
logging.warning("still braces")
print(repr(out.getvalue()), logging.root.level, logging.root.handlers)
extra = logging.StreamHandler(sys.stdout)
extra.setFormatter(logging.Formatter("own: %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[extra, plain], format="cfg: %(message)s", force=True, level=logging.DEBUG)
logging.debug("two handlers")
print(len(logging.root.handlers), logging.root.level)
folder = tempfile.mkdtemp()
path = os.path.join(folder, "basic.log")
logging.basicConfig(filename=path, filemode="w", encoding="utf-8", format="$levelname $message", style="$", force=True)
logging.warning("into the file ü")
handler = logging.root.handlers[0]
print(type(handler).__name__, handler.mode, handler.encoding, handler.errors)
handler.close()
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(folder)
for kwargs in [{"stream": out, "filename": path, "force": True}, {"handlers": [plain], "stream": out, "force": True},
               {"handlers": [plain], "filename": "x", "force": True}, {"style": "#", "force": True},
               {"format": "no fields", "force": True}, {"level": "LOUD", "force": True, "stream": out},
               {"colour": True, "speed": 1, "force": True, "stream": out}]:
    attempt(sorted(kwargs), lambda: logging.basicConfig(**kwargs))
print(logging.root.handlers, logging.root.level)
