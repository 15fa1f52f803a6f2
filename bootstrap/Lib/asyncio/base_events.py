"""The event loop: ready callbacks in FIFO order, timers in a heap by deadline.

PyPack's loop has no selector: with nothing ready it sleeps (time.sleep) until the next timer is
due; sockets, pipes, subprocesses, signal handlers and executors are not available."""

__all__ = ('BaseEventLoop',)

import collections
import heapq
import sys
import time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

# A loop sleeps at most this long at a time, as CPython's select timeout is capped.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

# Cancelled timers are dropped from the heap when they are more than half of it (and over 100).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The exception propagates out of run_forever(); stopping is not needed.
            return
    futures._get_loop(fut).stop()


def _no_threads(what):
    return NotImplementedError(f"{what} needs threads, which PyPack programs do not have")


def _no_io(what):
    return NotImplementedError(f"{what} is not available: PyPack's asyncio event loop has no sockets, "
                               f"pipes or subprocesses")


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        # time.get_clock_info('monotonic').resolution on Linux (clock_getres of CLOCK_MONOTONIC).
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        # Async generators first iterated while this loop ran, for shutdown_asyncgens().
        self._asyncgens = {}
        self._asyncgens_prune_at = 1024
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # Futures whose exception nobody has retrieved yet, reported when the loop closes
        # (CPython reports them when the future is collected).
        self._unretrieved = []

    def __repr__(self):
        return (
            f'<{self.__class__.__name__} running={self.is_running()} '
            f'closed={self.is_closed()} debug={self.get_debug()}>'
        )

    def create_future(self):
        """A Future attached to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object as a Task."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        asyncgens = self._asyncgens
        asyncgens[agen] = None
        if len(asyncgens) >= self._asyncgens_prune_at:
            # Held strongly here (CPython's set is weak): drop the finished ones now and then, so
            # a program that iterates many async generators does not keep them all.
            self._asyncgens = {g: None for g in asyncgens if g.ag_frame is not None}
            self._asyncgens_prune_at = max(1024, 2 * len(self._asyncgens))

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(agen, None)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """aclose() every async generator that was iterated on this loop and is not finished."""
        self._asyncgens_shutdown_called = True
        # ag_frame is None once a generator has finished: only the others need closing.
        closing_agens = [agen for agen in self._asyncgens if agen.ag_frame is not None]
        self._asyncgens.clear()
        if not closing_agens:
            return
        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)

        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """Nothing to shut down: PyPack's loop has no executor."""
        self._executor_shutdown_called = True

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = 1
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The task's exception is this one: it has been seen.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        """Stop after the callbacks of the current iteration have run."""
        self._stopping = True

    def close(self):
        """Close the loop: pending callbacks are dropped. It cannot be used afterwards."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        self._report_unretrieved()

    def _note_unretrieved(self, fut):
        unretrieved = self._unretrieved
        unretrieved.append(fut)
        if len(unretrieved) > 1000:
            unretrieved[:] = [f for f in unretrieved if f._log_traceback]

    def _report_unretrieved(self):
        unretrieved = self._unretrieved
        self._unretrieved = []
        for fut in unretrieved:
            fut._report_unretrieved()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) after delay seconds; returns a cancellable TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args,
                             context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) at the loop time when."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) at the next iteration, after the callbacks scheduled before it."""
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def run_in_executor(self, executor, func, *args):
        raise _no_threads("loop.run_in_executor()")

    def set_default_executor(self, executor):
        raise _no_threads("loop.set_default_executor()")

    async def getaddrinfo(self, *args, **kwargs):
        raise _no_io("loop.getaddrinfo()")

    async def create_connection(self, *args, **kwargs):
        raise _no_io("loop.create_connection()")

    async def create_server(self, *args, **kwargs):
        raise _no_io("loop.create_server()")

    async def subprocess_exec(self, *args, **kwargs):
        raise _no_io("loop.subprocess_exec()")

    async def subprocess_shell(self, *args, **kwargs):
        raise _no_io("loop.subprocess_shell()")

    def add_reader(self, *args):
        raise _no_io("loop.add_reader()")

    def add_writer(self, *args):
        raise _no_io("loop.add_writer()")

    def add_signal_handler(self, sig, callback, *args):
        raise _no_io("loop.add_signal_handler()")

    def remove_signal_handler(self, sig):
        raise _no_io("loop.remove_signal_handler()")

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """handler(loop, context) is called instead of default_exception_handler; None restores it."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Logs the message, the other context entries and the exception's traceback to 'asyncio'."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'

        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False

        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            log_lines.append(f'{key}: {value!r}')

        import logging
        logging.getLogger('asyncio').error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Report an error the loop caught (a callback that raised, an exception never retrieved)."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import logging
                logging.getLogger('asyncio').error('Exception in default exception handler',
                                                   exc_info=True)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    import logging
                    logging.getLogger('asyncio').error('Exception in default exception handler '
                                                       'while handling an unexpected error '
                                                       'in custom exception handler',
                                                       exc_info=True)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: wait for the first timer if nothing is ready, then run what is ready now."""
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
            self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Many cancelled timers: rebuild the heap without them.
            new_scheduled = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)
                handle._scheduled = False

        ready = self._ready
        if not ready and not self._stopping:
            # Nothing to do but wait: until the first timer, or (with none) forever, as CPython
            # blocks in select() when nothing can ever become ready.
            if scheduled:
                timeout = scheduled[0]._when - self.time()
                if timeout > 0:
                    time.sleep(min(timeout, MAXIMUM_SELECT_TIMEOUT))
            else:
                while True:
                    time.sleep(MAXIMUM_SELECT_TIMEOUT)

        # Timers that are due move to the ready queue, in deadline order.
        if scheduled:
            end_time = self.time() + self._clock_resolution
            while scheduled:
                handle = scheduled[0]
                if handle._when >= end_time:
                    break
                handle = heapq.heappop(scheduled)
                handle._scheduled = False
                ready.append(handle)

        # Only the callbacks ready now: those they schedule wait for the next iteration.
        ntodo = len(ready)
        for i in range(ntodo):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            handle._run()
        self._current_handle = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
