"""Future, Executor, wait and as_completed: the parts of concurrent.futures every executor shares.
Written from the documented behaviour of CPython's concurrent.futures."""

import collections
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


def _logger():
    import logging
    return logging.getLogger("concurrent.futures")


class _Waiter:
    """What wait() and as_completed() block on: each future that completes is told to it."""

    def __init__(self, mode, pending_count):
        self.mode = mode
        self.pending = pending_count
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _completed(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode == FIRST_COMPLETED or self.mode == _AS_COMPLETED
                    or (self.mode == FIRST_EXCEPTION and failed) or self.pending <= 0):
                self.event.set()

    def add_result(self, future):
        self._completed(future, False)

    def add_exception(self, future):
        self._completed(future, True)

    def add_cancelled(self, future):
        self._completed(future, True)


class Future:
    """The result of a call that runs elsewhere: pending, running, then finished or cancelled."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _logger().exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancels the call if it has not started; returns whether it is cancelled now."""
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def _outcome(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # No cycle through this frame's locals.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done (now, if it already is)."""
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def _wait_done(self, timeout):
        """With the condition held: waits until done; raises CancelledError or TimeoutError."""
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds; re-raises what the call raised."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """What the call raised (None if it returned), waiting up to timeout seconds."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running (True), or tells its waiters it was cancelled (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors and tests: the call returned result."""
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors and tests: the call raised exception."""
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class _AllConditions:
    """Holds the conditions of several futures at once (in a fixed order), as a with block."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(futures, mode):
    if mode == _AS_COMPLETED or mode == FIRST_COMPLETED:
        pending = 1
    else:
        pending = sum(1 for f in futures if f._state not in [CANCELLED_AND_NOTIFIED, FINISHED])
    waiter = _Waiter(mode, pending)
    for f in futures:
        f._waiters.append(waiter)
    return waiter


def _done_set(futures):
    return {f for f in futures if f._state in [CANCELLED_AND_NOTIFIED, FINISHED]}


def _yield_finished(finished, waiter, ref_collect):
    while finished:
        f = finished[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield finished.pop()


def as_completed(fs, timeout=None):
    """Yields the futures of fs as they complete (finished or cancelled); TimeoutError if some are
    not done after timeout seconds from the call."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AllConditions(fs):
        finished = _done_set(fs)
        pending = fs - finished
        waiter = _install_waiter(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished(finished, waiter, ref_collect=(fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # Newest last: reversed so the oldest is yielded first.
            finished.reverse()
            yield from _yield_finished(finished, waiter, ref_collect=(fs, pending))
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures of fs are done as return_when says (or timeout seconds passed);
    returns the named pair (done, not_done) of sets."""
    fs = set(fs)
    with _AllConditions(fs):
        done = _done_set(fs)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    """Runs calls asynchronously: submit() returns a Future; map() the results in order."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls made concurrently: results in order, TimeoutError
        when the next one is not there timeout seconds after map() was called."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once the pending calls are done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
