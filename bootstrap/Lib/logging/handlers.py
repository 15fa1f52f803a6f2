"""logging.handlers, written for PyPack from the logging documentation.

The file handlers (size- and time-based rotation, WatchedFileHandler), the buffering handlers
(BufferingHandler, MemoryHandler) and the queue pair (QueueHandler, QueueListener) work as in
CPython. The network handlers (SocketHandler, DatagramHandler, SysLogHandler, SMTPHandler,
HTTPHandler) need sockets, which PyPack does not have: creating one raises NotImplementedError.
"""

import copy
import logging
import os
import queue
import re
import threading
import time

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


def _text_encoding(encoding):
    # io.text_encoding(): a text file opened without an encoding says "locale".
    return "locale" if encoding is None else encoding


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that asks shouldRollover() before each record and calls doRollover()."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if not callable(self.rotator):
            # The file may not exist yet when the handler was made with delay=True.
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls file, file.1 ... file.N over when the next record would reach maxBytes."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        if "b" not in mode:
            encoding = _text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                source = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dest = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(source):
                    if os.path.exists(dest):
                        os.remove(dest)
                    os.rename(source, dest)
            dest = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dest):
                os.remove(dest)
            self.rotate(self.baseFilename, dest)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        # A path that is not a regular file (/dev/null, a pipe) is never rotated.
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(text) >= self.maxBytes:
                return True
        return False


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over at intervals: S, M, H, D, MIDNIGHT or W0-W6 (weekday, 0 is Monday)."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None, delay=False,
                 utc=False, atTime=None, errors=None):
        encoding = _text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        units = {
            'S': (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
            'M': (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
            'H': (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
            'D': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
            'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
        }
        if self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 (0 is Monday): %s" % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            self.interval, self.suffix, pattern = _MIDNIGHT * 7, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"
        elif self.when in units:
            self.interval, self.suffix, pattern = units[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = self.interval * interval
        filename = self.baseFilename
        start = int(os.stat(filename).st_mtime) if os.path.exists(filename) else int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
            now = t[3] * 3600 + t[4] * 60 + t[5]
            if self.atTime is None:
                rotate_at = _MIDNIGHT
            else:
                rotate_at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
            remaining = rotate_at - now
            day = t[6]
            if remaining < 0:
                remaining += _MIDNIGHT
                day = (day + 1) % 7
            result = currentTime + remaining
            if self.when.startswith('W') and day != self.dayOfWeek:
                result += ((self.dayOfWeek - day) % 7) * _MIDNIGHT
                if not self.utc:
                    result += self._dst_shift(t[-1], result)
        return result

    @staticmethod
    def _dst_shift(dst_now, when):
        # A rollover on the other side of a DST change keeps its wall-clock time.
        dst_then = time.localtime(when)[-1]
        if dst_now == dst_then:
            return 0
        return 3600 if dst_now else -3600

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        return int(time.time()) >= self.rolloverAt

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        # The date may sit anywhere among the dotted parts after the name without its extension
        # (a namer can make app.2024-01-01.log out of app.log.2024-01-01).
        stem, ext = os.path.splitext(base)
        prefix = stem + "."
        found = []
        for name in os.listdir(folder):
            if self.namer is None:
                if not name.startswith(base):
                    continue
            elif (not name.startswith(base) and name.endswith(ext) and len(name) > len(prefix) + 1
                  and not name[len(prefix) + 1].isdigit()):
                continue
            if name[:len(prefix)] == prefix:
                if any(self.extMatch.match(part) for part in name[len(prefix):].split(".")):
                    found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        current = int(time.time())
        dst_now = time.localtime(current)[-1]
        t = self.rolloverAt - self.interval
        if self.utc:
            stamp = time.gmtime(t)
        else:
            stamp = time.localtime(t)
            if dst_now != stamp[-1]:
                stamp = time.localtime(t + (3600 if dst_now else -3600))
        dest = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, stamp))
        if os.path.exists(dest):
            os.remove(dest)
        self.rotate(self.baseFilename, dest)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        rollover = self.computeRollover(current)
        while rollover <= current:
            rollover += self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            rollover += self._dst_shift(dst_now, rollover)
        self.rolloverAt = rollover


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when it was moved or deleted (by logrotate, say) since the last record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if "b" not in mode:
            encoding = _text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream is None:
            return
        st = os.fstat(self.stream.fileno())
        self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is not None and st.st_dev == self.dev and st.st_ino == self.ino:
            return
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; flush() (here: drop them) once capacity is reached."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target when full or at a record of flushLevel or more."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Puts each record, formatted and made picklable, on a queue (for a QueueListener)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # The message is merged now: args and exc_info may not survive the trip through a queue.
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in its own thread and passes them to its handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    if has_task_done:
                        q.task_done()
                    break
                self.handle(record)
                if has_task_done:
                    q.task_done()
            except queue.Empty:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None


def _needs_sockets(name):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(f"logging.handlers.{name} is not available: PyPack has no sockets")

    return type(name, (logging.Handler,), {"__init__": __init__, "__module__": __name__,
                                           "__doc__": f"{name} needs sockets: not available in PyPack."})


SocketHandler = _needs_sockets("SocketHandler")
DatagramHandler = _needs_sockets("DatagramHandler")
SysLogHandler = _needs_sockets("SysLogHandler")
SMTPHandler = _needs_sockets("SMTPHandler")
HTTPHandler = _needs_sockets("HTTPHandler")
