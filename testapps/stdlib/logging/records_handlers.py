import io
import logging
import os
import sys
import tempfile

# Records: attributes from the constructor, a lone dict as the mapping, makeLogRecord.
r = logging.LogRecord("app.db", logging.ERROR, "/srv/app/db.py", 12, "query %s took %.1fs", ("select", 2.5), None, "run")
print(r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno, r.funcName)
print(r.getMessage(), repr(r), r.exc_info, r.exc_text, r.stack_info)
print(type(r.created).__name__, type(r.msecs).__name__, r.msecs == int(r.msecs), 0 <= r.msecs < 1000)
print(r.relativeCreated > 0, r.process == os.getpid(), r.processName, r.threadName)
r = logging.LogRecord("n", 5, None, 0, "%(user)s logged in", ({"user": "ann"},), None)
print(r.args, r.getMessage(), r.levelname, r.filename, r.module)
r = logging.LogRecord("n", 20, "x", 0, "%s", ({},), None)
print(r.args, r.getMessage())
r = logging.makeLogRecord({"msg": "made", "levelno": 25, "custom": [1, 2]})
print(r.name, r.levelname, r.levelno, r.custom, r.getMessage(), r.args, repr(r.pathname))


class TaggedRecord(logging.LogRecord):
    def getMessage(self):
        return "[tagged] " + super().getMessage()


logging.setLogRecordFactory(TaggedRecord)
out = io.StringIO()
h = logging.StreamHandler(out)
log = logging.getLogger("rec")
log.addHandler(h)
log.propagate = False
log.warning("through the %s", "factory")
print(logging.getLogRecordFactory() is TaggedRecord, type(logging.makeLogRecord({})).__name__)
logging.setLogRecordFactory(logging.LogRecord)
print(repr(out.getvalue()))

# Levels: names both ways, a custom one, the mapping.
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"), logging.getLevelName(16), logging.getLevelName("verbose"))
mapping = logging.getLevelNamesMapping()
mapping["X"] = 1
print(mapping["VERBOSE"], mapping["WARN"], "X" in logging.getLevelNamesMapping())
for level in ["VERBOSE", 15, "NOPE", None, 2.0]:
    try:
        h.setLevel(level)
        print("level", h.level, repr(h))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
h.setLevel(logging.NOTSET)

# StreamHandler: terminator, setStream, repr.
h.terminator = " <<\n"
log.error("custom terminator")
other = io.StringIO()
print(h.setStream(other) is out, h.setStream(other), repr(out.getvalue()))
h.terminator = "\n"
log.error("to the other stream")
print(repr(other.getvalue()))
print(logging.StreamHandler(sys.stdout), logging.StreamHandler(), logging.StreamHandler(io.StringIO()))


class Named:
    name = 42

    def write(self, text):
        pass


print(logging.StreamHandler(Named()), logging.NullHandler(), logging.lastResort)

# Handler names and the base class.
named = logging.Handler()
named.name = "first"
print(named.name, named.get_name(), repr(named))
named.set_name("second")
print(named.name)
try:
    named.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print("NotImplementedError", e)
print(named.format(logging.makeLogRecord({"msg": "base format"})))

# An error inside emit() goes to handleError: a report on stderr, the program goes on.
err = io.StringIO()
sys.stderr = err
log.error("bad %d", "args")
log.error("two %s %s", "only one")
logging.raiseExceptions = False
log.error("quiet %d", "failure")
logging.raiseExceptions = True
sys.stderr = sys.__stderr__
keep = ("---", "Message", "Arguments", "TypeError", "Unable", "Use the")
print([line for line in err.getvalue().splitlines() if line.startswith(keep)])

# No handler anywhere: lastResort prints the bare message at WARNING and above.
sys.stderr = sys.stdout
lonely = logging.getLogger("lonely")
lonely.warning("via last resort %d", 1)
lonely.info("below last resort's level")
saved = logging.lastResort
logging.lastResort = None
lonely.error("no handler at all")
logging.getLogger("lonely.child").error("said only once")
logging.lastResort = saved
lonely.critical("last resort again")
sys.stderr = sys.__stderr__

# FileHandler: delay, mode, encoding, reopening after close.
folder = tempfile.mkdtemp()
path = os.path.join(folder, "events.log")
fh = logging.FileHandler(path, mode="w", delay=True)
print(fh.stream, os.path.exists(path), fh.mode, fh.encoding, fh.errors, fh.delay, fh.baseFilename == path)
print(repr(fh) == "<FileHandler %s (NOTSET)>" % path)
log.addHandler(fh)
log.error("first line")
print(os.path.exists(path), fh.stream is not None)
fh.close()
log.error("after close with mode w: dropped")
log.removeHandler(fh)
fa = logging.FileHandler(path, encoding="utf-8")
print(fa.encoding, fa.mode, fa.delay)
log.addHandler(fa)
log.error("appended é")
fa.close()
log.error("after close with mode a: reopened")
fa.close()
log.removeHandler(fa)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
print(logging.FileHandler(path, mode="ab", delay=True).encoding)
os.remove(path)
os.rmdir(folder)


# shutdown() at exit flushes and closes the handlers still around, newest first.
class Loud(logging.Handler):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def emit(self, record):
        print(self.label, "emits", record.getMessage())

    def flush(self):
        print(self.label, "flushed")

    def close(self):
        print(self.label, "closed")
        super().close()


exit_log = logging.getLogger("exit")
exit_log.addHandler(Loud("A"))
exit_log.addHandler(Loud("B"))
exit_log.warning("last words")
print("end of program")
