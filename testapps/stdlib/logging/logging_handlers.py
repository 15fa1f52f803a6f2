# logging.handlers: rotation by size and time, WatchedFileHandler, MemoryHandler and the queue pair.
import datetime
import logging
import logging.handlers
import os
import queue
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "app.log")


def listing():
    return sorted(os.listdir(tmp))


log = logging.getLogger("demo")
log.setLevel(logging.DEBUG)
log.propagate = False

rot = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rot.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(rot)
for i in range(7):
    log.info("message number %d", i)
print(listing(), rot.mode, rot.maxBytes, rot.backupCount, rot.encoding)
for name in listing():
    with open(os.path.join(tmp, name)) as fh:
        print(name, repr(fh.read()))
rot.namer = lambda name: name + ".bak"
rot.doRollover()
print(listing())
log.removeHandler(rot)
rot.close()
print(isinstance(rot, logging.handlers.BaseRotatingHandler), isinstance(rot, logging.FileHandler))

# maxBytes=0 never rotates; mode 'w' is kept then.
plain = logging.handlers.RotatingFileHandler(os.path.join(tmp, "plain.log"), mode="w", delay=True)
print(plain.stream, plain.mode, plain.shouldRollover(logging.makeLogRecord({"msg": "x"})))
plain.close()

# Rotating by time: the next rollover is computed from a given time (UTC, fixed).
t0 = int(datetime.datetime(2024, 3, 6, 15, 30, 20, tzinfo=datetime.timezone.utc).timestamp())
for when, interval, at in [("S", 10, None), ("M", 1, None), ("H", 2, None), ("D", 1, None),
                           ("midnight", 1, None), ("midnight", 1, datetime.time(4, 0)),
                           ("midnight", 1, datetime.time(18, 0)), ("W0", 1, None), ("W2", 1, None),
                           ("W6", 1, datetime.time(1, 2, 3))]:
    h = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "timed.log"), when=when,
                                                  interval=interval, utc=True, atTime=at, delay=True)
    print(f"{when:<8} {h.when:<8} {h.interval:>7} {h.suffix:<18} {h.computeRollover(t0) - t0:>7}")
    h.close()
for bad in ("X", "W7", "W"):
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=bad, delay=True)
    except ValueError as e:
        print("ValueError:", e)
timed = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "t.log"), when="D", backupCount=2, utc=True, delay=True)
for stamp in ("2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"):
    open(os.path.join(tmp, "t.log." + stamp), "w").close()
open(os.path.join(tmp, "t.log.notadate"), "w").close()
print([os.path.basename(p) for p in timed.getFilesToDelete()])
timed.close()

# WatchedFileHandler reopens a file that was moved away.
watched_path = os.path.join(tmp, "watched.log")
watched = logging.handlers.WatchedFileHandler(watched_path)
wlog = logging.getLogger("watched")
wlog.propagate = False
wlog.addHandler(watched)
wlog.warning("first")
os.rename(watched_path, watched_path + ".old")
wlog.warning("second")
watched.close()
with open(watched_path) as a, open(watched_path + ".old") as b:
    print(repr(a.read()), repr(b.read()))


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        self.seen.append(self.format(record))


# MemoryHandler flushes when full, at flushLevel, and on close.
target = Collect()
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.setLevel(logging.DEBUG)
mlog.addHandler(mem)
mlog.info("a")
mlog.info("b")
print(len(mem.buffer), target.seen)
mlog.info("c")
print(len(mem.buffer), target.seen)
mlog.info("d")
mlog.error("boom")
print(len(mem.buffer), target.seen)
mlog.info("e")
mem.close()
print(len(mem.buffer), target.seen, mem.target)
buf = logging.handlers.BufferingHandler(2)
buf.emit(logging.makeLogRecord({"msg": "x"}))
print(len(buf.buffer), buf.shouldFlush(logging.makeLogRecord({})))
buf.emit(logging.makeLogRecord({"msg": "y"}))
print(len(buf.buffer))

# QueueHandler merges the message and drops args; QueueListener passes records on in a thread.
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("q")
qlog.propagate = False
qlog.addHandler(qh)
qlog.warning("value %s and %d", "x", 5)
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception("failed")
rec = q.get_nowait()
print(rec.msg, rec.args, rec.getMessage(), rec.exc_info)
rec2 = q.get_nowait()
print(rec2.msg.splitlines()[0], rec2.msg.splitlines()[-1], rec2.exc_info, rec2.exc_text)
low, high = Collect(), Collect()
high.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q, low, high, respect_handler_level=True)
listener.start()
qlog.warning("w1")
qlog.error("e1")
listener.stop()
print(low.seen, high.seen, listener._thread)
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
for name in listing():
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
