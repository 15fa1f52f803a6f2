"""Future: a result that arrives later, awaited by tasks and completed by callbacks."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars
import reprlib

from _types import hide_from_tracebacks as _c_level

from . import events
from . import exceptions

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is a Future in asyncio's sense (duck-typed by _asyncio_future_blocking)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    """cb=[...] in a future's repr: the first and last callbacks when there are many."""
    size = len(cb)
    if not size:
        return ''

    def one(entry):
        return events._format_callback_source(entry[0], ())

    if size == 1:
        text = one(cb[0])
    elif size == 2:
        text = '{}, {}'.format(one(cb[0]), one(cb[1]))
    else:
        text = '{}, <{} more>, {}'.format(one(cb[0]), size - 2, one(cb[-1]))
    return f'cb=[{text}]'


class Future:
    """A value that will be set later: await it, or ask result() once done()."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None

    # True while a task waits on this future it yielded; None marks things that are not futures.
    _asyncio_future_blocking = False

    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={reprlib.repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    @_c_level
    def get_loop(self):
        """The event loop the Future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for a cancelled future: the one that cancelled a task, if kept."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        return exc

    @_c_level
    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it was already done."""
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        for callback, ctx in callbacks:
            loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        """Whether the future has a result, an exception, or was cancelled."""
        return self._state != _PENDING

    # result(), exception() and __await__ are C in CPython: no frames of theirs in tracebacks.
    @_c_level
    def result(self):
        """The result; raises the future's exception, CancelledError, or InvalidStateError if not done."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    @_c_level
    def exception(self):
        """The exception set on the future, or None."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    @_c_level
    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) once the future is done (soon, if it already is)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            self._callbacks.append((fn, context))

    @_c_level
    def remove_done_callback(self, fn):
        """Remove every registration of fn; returns how many there were."""
        filtered_callbacks = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(filtered_callbacks)
        if removed_count:
            self._callbacks[:] = filtered_callbacks
        return removed_count

    @_c_level
    def set_result(self, result):
        """Mark the future done with this result and schedule its callbacks."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    @_c_level
    def set_exception(self, exception):
        """Mark the future done with this exception and schedule its callbacks."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True
        self._loop._note_unretrieved(self)

    @_c_level
    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # The task waits here until the future is done.
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def _report_unretrieved(self):
        """Logs "exception was never retrieved" if nobody asked for the exception (see BaseEventLoop.close)."""
        if not self.__log_traceback:
            return
        exc = self._exception
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': exc,
            'future': self,
        }
        self._loop.call_exception_handler(context)


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    """Give dest the outcome of the done future source."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    raise NotImplementedError(
        "asyncio.wrap_future() needs threads (concurrent.futures), which PyPack programs do not have")


_PyFuture = Future
