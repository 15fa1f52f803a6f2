# Handler.handleError reports an error raised while emitting: the traceback, then "Call stack:"
# with the frames of the logging call (logging's own frames left out), then the message and its
# arguments. Frames inside logging are the library's own code (they differ between implementations),
# so this prints the report without them.
import io
import logging
import sys


def report(text):
    keep = True
    for line in text.splitlines():
        if line.startswith('  File "'):
            keep = 'handle_error_call_stack.py' in line
        elif not line.startswith('    '):
            keep = True
        if keep:
            print('|', line)


captured = io.StringIO()
sys.stderr = captured
log = logging.getLogger("app.jobs")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def work(n):
    log.info("value %d", "not a number")
    log.warning("two %s %s", n)
    log.debug("fine %s", n)


class Job:
    def run(self):
        work(3)


Job().run()


class Fussy(logging.Handler):
    """A handler whose emit catches its own error and reports it, as handlers commonly do."""

    def emit(self, record):
        try:
            if record.levelno >= logging.ERROR:
                raise RuntimeError("disk full while writing %s" % record.name)
            print("fussy:", self.format(record))
        except Exception:
            self.handleError(record)


other = logging.getLogger("app.disk")
other.addHandler(Fussy())
other.propagate = False


def save(items):
    for item in items:
        other.error("cannot save %r", item)
        other.warning("saved %r", item)


save(["a.txt"])


class BadFormatter(logging.Formatter):
    def format(self, record):
        return "%s-%s" % (record.msg,)


fmt_handler = logging.StreamHandler(sys.stdout)
fmt_handler.setFormatter(BadFormatter())
formatted = logging.getLogger("app.fmt")
formatted.addHandler(fmt_handler)
formatted.propagate = False
formatted.critical("boom", extra={"k": 1})

# No report at all when raiseExceptions is off.
logging.raiseExceptions = False
log.info("value %d", "quiet")
logging.raiseExceptions = True

sys.stderr = sys.__stderr__
report(captured.getvalue())
