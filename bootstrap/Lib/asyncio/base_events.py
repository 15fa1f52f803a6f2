"""The event loop: ready callbacks in FIFO order, timers in a heap by deadline.

PyPack's loop has no selector: with nothing ready it waits until the next timer is due or another
thread hands it a callback (call_soon_threadsafe, as an executor's finished call does); sockets,
pipes, subprocesses and signal handlers are not available."""

__all__ = ('BaseEventLoop',)

import _thread
import collections
import heapq
import sys
import time

from _asynciostep import loop_support as _loop_support
from _asynciostep import run_ready as _run_ready

from . import coroutines
from . import events
from . import futures
from . import tasks

# One sleep lasts at most a day, as CPython caps its select() timeout.
_LONGEST_SLEEP = 24 * 3600

# time.get_clock_info('monotonic').resolution on Linux: timers due within it count as due now.
_CLOCK_RESOLUTION = 1e-09

# The heap is rebuilt without its cancelled timers once it holds over this many timers and more
# than _PURGE_SHARE of them are cancelled; below that they are skipped as they reach the top.
_PURGE_MIN_TIMERS = 100
_PURGE_SHARE = 0.5

# The held async generators are pruned of finished ones when their count reaches this (doubling).
_ASYNCGENS_FIRST_PRUNE = 1024


def _stop_when_done(fut):
    # run_until_complete()'s done callback. SystemExit and KeyboardInterrupt leave run_forever()
    # by themselves, so the loop must not also be asked to stop.
    if not fut.cancelled() and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        return
    futures._get_loop(fut).stop()


def _unsupported(what, reason):
    return NotImplementedError(f"{what} {reason}")


_NO_IO = "is not available: PyPack's asyncio event loop has no sockets, pipes or subprocesses"


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        # Callbacks to run in the next iteration, and the timers, a heap of TimerHandle.
        self._ready = collections.deque()
        self._timers = []
        # How many cancelled timers are still in the heap.
        self._cancelled_timers = 0
        self._running = False
        self._stop_requested = False
        self._closed = False
        self._debug = False
        self.slow_callback_duration = 0.1
        self._exception_handler = None
        self._task_factory = None
        # Async generators first iterated while this loop ran, for shutdown_asyncgens(); a dict
        # keeps them in the order they started.
        self._asyncgens = {}
        self._asyncgens_prune_at = _ASYNCGENS_FIRST_PRUNE
        self._asyncgens_closing = False
        # Futures whose exception nobody has retrieved yet, reported when the loop closes
        # (CPython reports them when the future is collected).
        self._unretrieved = []
        # run_in_executor(None, ...)'s ThreadPoolExecutor, made on first use.
        self._default_executor = None
        self._executor_shutdown_called = False
        # CPython's self-pipe: the idle loop waits on this lock, held while no wake-up is pending;
        # call_soon_threadsafe releases it (several wake-ups before the loop looks count as one).
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()

    def __repr__(self):
        name = type(self).__name__
        return f'<{name} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    # --- futures and tasks

    def create_future(self):
        """A Future attached to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object as a Task."""
        self._ensure_open()
        factory = self._task_factory
        if factory is None:
            if name is None and context is None:
                # Fewer keywords to bind: the defaults are the same.
                return tasks.Task(coro, loop=self)
            return tasks.Task(coro, loop=self, name=name, context=context)
        # A factory is called with the context only when one was given (older factories lack it).
        task = factory(self, coro) if context is None else factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is None or callable(factory):
            self._task_factory = factory
        else:
            raise TypeError('task factory must be a callable or None')

    def get_task_factory(self):
        return self._task_factory

    def _note_unretrieved(self, fut):
        # Called by Future.set_exception. Futures whose exception was looked at since are dropped
        # now and then, so a long program does not keep every failed future.
        pending = self._unretrieved
        pending.append(fut)
        if len(pending) > 1000:
            self._unretrieved = [f for f in pending if f._log_traceback]

    # --- async generators (sys.set_asyncgen_hooks while the loop runs)

    def _on_asyncgen_start(self, agen):
        if self._asyncgens_closing:
            import warnings
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                          f"loop.shutdown_asyncgens() call", ResourceWarning, source=self)
        held = self._asyncgens
        held[agen] = None
        if len(held) >= self._asyncgens_prune_at:
            # Held strongly here (CPython's set is weak): keep only the unfinished ones (a finished
            # generator has no frame any more).
            held = self._asyncgens = {g: None for g in held if g.ag_frame is not None}
            self._asyncgens_prune_at = max(_ASYNCGENS_FIRST_PRUNE, 2 * len(held))

    def _on_asyncgen_finalize(self, agen):
        self._asyncgens.pop(agen, None)
        if not self._closed:
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """aclose() every async generator that was iterated on this loop and is not finished."""
        self._asyncgens_closing = True
        unfinished = [g for g in self._asyncgens if g.ag_frame is not None]
        self._asyncgens.clear()
        if not unfinished:
            return
        outcomes = await tasks.gather(*(g.aclose() for g in unfinished), return_exceptions=True)
        for agen, outcome in zip(unfinished, outcomes):
            if not isinstance(outcome, Exception):
                continue
            self.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': outcome,
                'asyncgen': agen,
            })

    async def shutdown_default_executor(self):
        """Shut the default executor down, waiting (on another thread, so the loop keeps running)
        for the calls it still runs; run_in_executor(None, ...) is refused from now on."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._shut_down_default_executor, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _shut_down_default_executor(self, future):
        # On its own thread: the executor's shutdown(wait=True) blocks until its workers end.
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # --- running and stopping

    def _ensure_open(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _ensure_startable(self):
        self._ensure_open()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._ensure_startable()
        saved_hooks = sys.get_asyncgen_hooks()
        self._running = True
        sys.set_asyncgen_hooks(firstiter=self._on_asyncgen_start,
                               finalizer=self._on_asyncgen_finalize)
        events._set_running_loop(self)
        try:
            while True:
                self._iterate()
                if self._stop_requested:
                    break
        finally:
            self._stop_requested = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done; return its result."""
        self._ensure_startable()
        wrapped = not futures.isfuture(future)
        fut = tasks.ensure_future(future, loop=self)
        if wrapped:
            # Our own task: if the loop stops early it is not reported as destroyed while pending.
            fut._log_destroy_pending = False
        fut.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            # The exception leaving run_forever() is our task's own: mark it as retrieved.
            if wrapped and fut.done() and not fut.cancelled():
                fut.exception()
            raise
        finally:
            fut.remove_done_callback(_stop_when_done)
        if fut.done():
            return fut.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Stop after the callbacks of the current iteration have run."""
        self._stop_requested = True

    def close(self):
        """Close the loop: pending callbacks are dropped. It cannot be used afterwards."""
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._timers.clear()
        # The default executor is told to stop, without waiting for the calls it still runs.
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        unreported, self._unretrieved = self._unretrieved, []
        for fut in unreported:
            fut._report_unretrieved()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # --- scheduling

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) at the next iteration, after the callbacks scheduled before it."""
        self._ensure_open()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() for other threads: also wakes the loop if it is waiting."""
        self._ensure_open()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        self._wake_up()
        return handle

    def _wake_up(self):
        try:
            self._wakeup.release()
        except RuntimeError:
            pass  # a wake-up is pending already

    def _check_callback(self, callback, method):
        # Debug mode's checks of what is handed to the loop.
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    # --- executors

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (None: the loop's default ThreadPoolExecutor, made on first
        use); returns an asyncio Future for its result."""
        self._ensure_open()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) after delay seconds; returns a cancellable TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) at the loop time when."""
        if when is None:
            raise TypeError("when cannot be None")
        self._ensure_open()
        timer = events.TimerHandle(when, callback, args, self, context)
        timer._scheduled = True
        heapq.heappush(self._timers, timer)
        return timer

    def _timer_handle_cancelled(self, handle):
        # TimerHandle.cancel: one more dead entry in the heap, if it is still there.
        if handle._scheduled:
            self._cancelled_timers += 1

    def _iterate(self):
        """One iteration: wait for the first timer if nothing is ready, then run the callbacks that
        are ready now (those they schedule wait for the next iteration)."""
        self._discard_cancelled_timers()
        ready = self._ready
        if not ready and not self._stop_requested:
            self._sleep_until_first_timer()
        timers = self._timers
        if timers:
            # Due timers join the ready queue in deadline order.
            horizon = self.time() + _CLOCK_RESOLUTION
            while timers and timers[0]._when < horizon:
                timer = heapq.heappop(timers)
                timer._scheduled = False
                ready.append(timer)
        # The handles ready now run in order, natively (those they queue wait for the next iteration).
        _run_ready(ready)

    def _discard_cancelled_timers(self):
        timers = self._timers
        count = len(timers)
        if count > _PURGE_MIN_TIMERS and self._cancelled_timers / count > _PURGE_SHARE:
            live = []
            for timer in timers:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            heapq.heapify(live)
            self._timers = live
            self._cancelled_timers = 0
            return
        while timers and timers[0]._cancelled:
            timer = heapq.heappop(timers)
            timer._scheduled = False
            self._cancelled_timers -= 1

    def _sleep_until_first_timer(self):
        # Until the first timer is due, or another thread wakes the loop (call_soon_threadsafe).
        timers = self._timers
        if not timers:
            # Only another thread can make something ready: wait for it (for good if none does,
            # as CPython does in select()).
            self._wakeup.acquire()
            return
        delay = timers[0]._when - self.time()
        if delay <= 0:
            return
        delay = min(delay, _LONGEST_SLEEP)
        if _thread._count():
            self._wakeup.acquire(True, delay)
        else:
            # No other thread runs, so none can wake the loop: sleep, with time.sleep's finer clock.
            time.sleep(delay)

    # --- what PyPack's loop does not have

    async def getaddrinfo(self, *args, **kwargs):
        raise _unsupported("loop.getaddrinfo()", _NO_IO)

    async def create_connection(self, *args, **kwargs):
        raise _unsupported("loop.create_connection()", _NO_IO)

    async def create_server(self, *args, **kwargs):
        raise _unsupported("loop.create_server()", _NO_IO)

    async def subprocess_exec(self, *args, **kwargs):
        raise _unsupported("loop.subprocess_exec()", _NO_IO)

    async def subprocess_shell(self, *args, **kwargs):
        raise _unsupported("loop.subprocess_shell()", _NO_IO)

    def add_reader(self, *args):
        raise _unsupported("loop.add_reader()", _NO_IO)

    def add_writer(self, *args):
        raise _unsupported("loop.add_writer()", _NO_IO)

    def add_signal_handler(self, sig, callback, *args):
        raise _unsupported("loop.add_signal_handler()", _NO_IO)

    def remove_signal_handler(self, sig):
        raise _unsupported("loop.remove_signal_handler()", _NO_IO)

    # --- errors the loop catches

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """handler(loop, context) is called instead of default_exception_handler; None restores it."""
        if handler is None or callable(handler):
            self._exception_handler = handler
        else:
            raise TypeError(f'A callable object or None is expected, got {handler!r}')

    def default_exception_handler(self, context):
        """Logs the message, the other context entries (sorted by key) and the exception's traceback
        to the 'asyncio' logger."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        lines.extend(f'{key}: {context[key]!r}' for key in sorted(context)
                     if key != 'message' and key != 'exception')
        error = context.get('exception')
        exc_info = False if error is None else (type(error), error, error.__traceback__)
        _asyncio_logger().error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Report an error the loop caught (a callback that raised, an exception never retrieved).
        Errors of the handlers themselves are logged, never raised (except exits)."""
        handler = self._exception_handler
        if handler is None:
            _guarded(self.default_exception_handler, context,
                     'Exception in default exception handler')
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _guarded(self.default_exception_handler,
                     {'message': 'Unhandled error in exception handler',
                      'exception': exc,
                      'context': context},
                     'Exception in default exception handler while handling an unexpected '
                     'error in custom exception handler')


# Futures and tasks queue their callbacks straight into a loop that keeps this call_soon.
_loop_support(BaseEventLoop.call_soon)


def _asyncio_logger():
    # logging is imported on the first error only: most programs never need it.
    import logging
    return logging.getLogger('asyncio')


def _guarded(report, context, fallback_message):
    try:
        report(context)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        _asyncio_logger().error(fallback_message, exc_info=True)
