"""Future: a result that arrives later, awaited by tasks and completed by callbacks."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars
import reprlib

from _asynciostep import future_iter as _future_iter
from _asynciostep import call_soon as _call_soon
from _types import hide_from_tracebacks as _c_level

from . import events
from . import exceptions

# A future's life: PENDING, then CANCELLED or FINISHED for good. The lower-case form opens its
# repr; tasks.py compares against _PENDING.
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is a Future in asyncio's sense (duck-typed by _asyncio_future_blocking)."""
    if not hasattr(obj.__class__, '_asyncio_future_blocking'):
        return False
    return obj._asyncio_future_blocking is not None


class Future:
    """A value that will be set later: await it, or ask result() once done()."""

    _state = _PENDING
    _loop = None
    _source_traceback = None
    # Given to cancel(), and the CancelledError a task kept when it was cancelled (tasks.py).
    _cancel_message = None
    _cancelled_exc = None
    # The outcome: a result, or an exception with the traceback it had when it was set.
    _value = None
    _error = None
    _error_tb = None
    # An exception was set and nobody has looked at it yet (reported when the loop closes).
    _error_unseen = False

    # True while a task waits on this future it yielded; None marks things that are not futures.
    _asyncio_future_blocking = False

    # The callbacks to run in order once the future is done, as CPython's C Future keeps them: the
    # first function and its context in two fields of their own (most futures get one callback or
    # none: no list or pair is made for it), the others as (function, context) pairs in a list made
    # for the second. A callback goes into the fields only while both are empty, so order holds
    # after removals. All are None again once the callbacks are handed to the loop.
    _callback0 = None
    _context0 = None
    _callbacks = None

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop

    def _repr_info(self):
        parts = [self._state.lower()]
        if self._state == _FINISHED:
            if self._error is None:
                parts.append('result=' + reprlib.repr(self._value))
            else:
                parts.append('exception=' + repr(self._error))
        waiting = self._waiting_callbacks()
        if waiting:
            # Only the first and the last are shown when there are more than two.
            def show(entry):
                return events._format_callback_source(entry[0], ())
            if len(waiting) > 2:
                shown = [show(waiting[0]), f'<{len(waiting) - 2} more>', show(waiting[-1])]
            else:
                shown = [show(entry) for entry in waiting]
            parts.append('cb=[' + ', '.join(shown) + ']')
        return parts

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    # tasks.py and the loop read this flag by CPython's name; only clearing it is allowed.
    @property
    def _log_traceback(self):
        return self._error_unseen

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self._error_unseen = False

    @_c_level
    def get_loop(self):
        """The event loop the Future is bound to."""
        if self._loop is None:
            raise RuntimeError("Future object is not initialized.")
        return self._loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for a cancelled future: the one that cancelled a task, if kept
        (handed out once), else a new one carrying the cancel message."""
        kept = self._cancelled_exc
        if kept is not None:
            self._cancelled_exc = None
            return kept
        msg = self._cancel_message
        return exceptions.CancelledError() if msg is None else exceptions.CancelledError(msg)

    def _waiting_callbacks(self):
        """The (function, context) pairs of the callbacks not yet handed to the loop, in order."""
        first = self._callback0
        rest = self._callbacks
        waiting = [] if first is None else [(first, self._context0)]
        if rest:
            waiting.extend(rest)
        return waiting

    def _complete(self, state):
        """Enter a final state and hand every waiting callback to the loop."""
        self._state = state
        first = self._callback0
        if first is not None:
            context = self._context0
            self._callback0 = self._context0 = None
            _call_soon(self._loop, first, (self,), context)
        rest = self._callbacks
        if rest:
            self._callbacks = None
            for fn, ctx in rest:
                _call_soon(self._loop, fn, (self,), ctx)

    @_c_level
    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it was already done."""
        self._error_unseen = False
        if self._state != _PENDING:
            return False
        self._cancel_message = msg
        self._complete(_CANCELLED)
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        """Whether the future has a result, an exception, or was cancelled."""
        return self._state != _PENDING

    @_c_level
    def _require_outcome(self, what):
        # Pending and cancelled futures have no outcome to read; asking counts as seeing it.
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state == _PENDING:
            raise exceptions.InvalidStateError(f'{what} is not set.')
        self._error_unseen = False

    # result(), exception() and __await__ are C in CPython: no frames of theirs in tracebacks.
    @_c_level
    def result(self):
        """The result; raises the future's exception, CancelledError, or InvalidStateError if not done."""
        self._require_outcome('Result')
        error = self._error
        if error is None:
            return self._value
        raise error.with_traceback(self._error_tb)

    @_c_level
    def exception(self):
        """The exception set on the future, or None."""
        self._require_outcome('Exception')
        return self._error

    @_c_level
    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) once the future is done (soon, if it already is)."""
        _add_done_callback(self, fn, context)

    @_c_level
    def remove_done_callback(self, fn):
        """Remove every registration of fn; returns how many there were."""
        removed = 0
        first = self._callback0
        if first is not None and first == fn:
            self._callback0 = self._context0 = None
            removed = 1
        waiting = self._callbacks
        if not waiting:
            return removed
        kept = []
        for entry in waiting:
            if entry[0] != fn:
                kept.append(entry)
        if len(kept) != len(waiting):
            removed += len(waiting) - len(kept)
            # An emptied list goes, so the next callback takes the first fields again.
            self._callbacks = kept if kept else None
        return removed

    @_c_level
    def set_result(self, result):
        """Mark the future done with this result and schedule its callbacks."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._value = result
        self._complete(_FINISHED)

    @_c_level
    def set_exception(self, exception):
        """Mark the future done with this exception and schedule its callbacks."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        # A class is instantiated, as raise does it.
        error = exception() if isinstance(exception, type) else exception
        if type(error) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._error = error
        self._error_tb = error.__traceback__
        self._complete(_FINISHED)
        self._error_unseen = True
        self._loop._note_unretrieved(self)

    def __await__(self):
        # A native iterator, as CPython's C FutureIter: while pending, it marks the future
        # _asyncio_future_blocking and yields it (the awaiting task resumes once the future is
        # done), then ends with Future.result(self) (not a subclass's override, as in CPython).
        return _future_iter(self, _future_result)

    __iter__ = __await__

    def _report_unretrieved(self):
        """Logs "exception was never retrieved" if nobody asked for the exception (see BaseEventLoop.close)."""
        if self._error_unseen:
            self._loop.call_exception_handler({
                'message': f'{type(self).__name__} exception was never retrieved',
                'exception': self._error,
                'future': self,
            })


@_c_level
def _add_done_callback(fut, fn, context):
    # Future.add_done_callback, positional: tasks call it so for futures of the exact classes.
    if fut._state == _PENDING:
        if context is None:
            context = contextvars.copy_context()
        waiting = fut._callbacks
        if waiting is None:
            if fut._callback0 is None:
                fut._callback0 = fn
                fut._context0 = context
            else:
                fut._callbacks = [(fn, context)]
        else:
            waiting.append((fn, context))
    else:
        _call_soon(fut._loop, fn, (fut,), context)


# What the iterator of __await__ ends with.
_future_result = Future.result


def _get_loop(fut):
    # Anything future-like: its get_loop() if it has one, else its _loop.
    get_loop = getattr(fut, 'get_loop', None)
    return fut._loop if get_loop is None else get_loop()


def _set_result_unless_cancelled(fut, result):
    # A timer's callback (asyncio.sleep): the sleeper may have been cancelled meanwhile.
    if not fut.cancelled():
        fut.set_result(result)


def _copy_future_state(source, dest):
    """Give dest the outcome of the done future source (asyncio's or concurrent.futures'), unless
    dest was cancelled meanwhile."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
        return
    error = source.exception()
    if error is None:
        dest.set_result(source.result())
    else:
        dest.set_exception(_convert_future_exc(error))


def _convert_future_exc(exc):
    # concurrent.futures' CancelledError and InvalidStateError become asyncio's (TimeoutError is
    # the builtin one in both).
    import concurrent.futures
    kind = type(exc)
    if kind is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if kind is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    """Give the concurrent.futures.Future concurrent the outcome of the done future source."""
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    error = source.exception()
    if error is None:
        concurrent.set_result(source.result())
    else:
        concurrent.set_exception(_convert_future_exc(error))


def _chain_future(source, destination):
    """Make destination end as source ends (result, exception or cancellation), and cancelling
    destination cancel source. Each is an asyncio Future or a concurrent.futures.Future; the
    outcome reaches an asyncio future on its own loop's thread (call_soon_threadsafe)."""
    import concurrent.futures
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def cancel_source(destination):
        if not destination.cancelled():
            return
        if source_loop is None or source_loop is dest_loop:
            source.cancel()
        else:
            source_loop.call_soon_threadsafe(source.cancel)

    def pass_outcome(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            set_state(destination, source)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(set_state, destination, source)

    destination.add_done_callback(cancel_source)
    source.add_done_callback(pass_outcome)


def wrap_future(future, *, loop=None):
    """An asyncio Future on loop (default: the current one) that ends as the
    concurrent.futures.Future future does; an asyncio future is returned as it is."""
    if isfuture(future):
        return future
    import concurrent.futures
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


# What tasks.py subclasses (CPython's name for the pure-Python Future).
_PyFuture = Future
