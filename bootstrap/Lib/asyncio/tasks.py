"""Task: a coroutine driven step by step by the event loop; and what is built on tasks: sleep,
gather, wait, wait_for, as_completed, shield, ensure_future."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import contextvars
import itertools
import types

from _asynciostep import step as _step, returned_value as _returned_value, RETURNED as _RETURNED
from _asynciostep import yield_once as _yield_once
# loop.call_soon(callback, *args, context=context), straight into the ready queue of a loop that
# keeps BaseEventLoop's call_soon.
from _asynciostep import call_soon as _call_soon
from _types import hide_from_tracebacks as _c_level

from . import coroutines
from . import events
from . import exceptions
from . import futures

# Tasks that are not done yet, in creation order: serial number -> task (CPython keeps a weak set
# of every task, we drop each task ourselves when it finishes). Keyed by a number of the task's
# own, so registering costs no identity hash of the task. A task named by default is keyed by the
# number of its name; every other task by a negative number of its own, so the two never meet.
_all_tasks = {}
_next_serial = itertools.count(1)

# Default names are Task-1, Task-2, ... over the whole program.
_next_task_number = itertools.count(1)


def _other_serial():
    return -next(_next_serial)


def current_task(loop=None):
    """The task running now on loop (the running loop by default), or None."""
    return _running_task(events.get_running_loop() if loop is None else loop)


def _running_task(loop):
    # Each loop holds the task it is stepping (AbstractEventLoop declares _running_task = None); a
    # loop object of another kind gets the attribute when a task first runs on it.
    return getattr(loop, '_running_task', None)


def all_tasks(loop=None):
    """The set of tasks of loop (the running loop by default) that are not done yet."""
    wanted = events.get_running_loop() if loop is None else loop
    found = set()
    for task in list(_all_tasks.values()):
        if not task.done() and futures._get_loop(task) is wanted:
            found.add(task)
    return found


def _registered_serial(task):
    # The key of a task in _all_tasks: its own number, given on first registration.
    serial = getattr(task, '_registry_serial', None)
    if serial is None:
        serial = _other_serial()
        task._registry_serial = serial
    return serial


def _set_task_name(task, name):
    # A task from a custom task factory may not have set_name; then the name is simply dropped.
    if name is None:
        return
    setter = getattr(task, 'set_name', None)
    if setter is not None:
        setter(name)


def _swap_running(loop, leaving, entering):
    """Switch loop's running task from leaving to entering (None on either side), checking both."""
    now = _running_task(loop)
    if leaving is None:
        if now is not None:
            raise RuntimeError(f"Cannot enter into task {entering!r} while another "
                               f"task {now!r} is being executed.")
    elif now is not leaving:
        raise RuntimeError(f"Leaving task {leaving!r} does not match "
                           f"the current task {now!r}.")
    loop._running_task = entering


class Task(futures._PyFuture):
    """A coroutine scheduled on an event loop, itself a Future of the coroutine's result.

    Each step sends a value (or throws an exception) into the coroutine. When the coroutine yields
    a future, the task sleeps until that future is done; a bare yield just gives the loop a turn."""

    # base_events and gather() clear this for tasks they made themselves (kept for API parity).
    _log_destroy_pending = True

    # Instance values only once they change (fewer values per pending task): cancel() calls not yet
    # taken back by uncancel(); a cancel() that found nothing to cancel, so the next step throws
    # CancelledError instead; the future the coroutine is suspended on, if any.
    _cancel_count = 0
    _throw_cancel = False
    _blocked_on = None

    def __init__(self, coro, *, loop=None, name=None, context=None):
        # Future.__init__ (the C task calls its future's own init), inline: one call less per task.
        self._loop = events.get_event_loop() if loop is None else loop
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._coro = coro
        # A default name is kept as its number and written out when first asked for: most tasks
        # are never named, and the number is the task's key in _all_tasks too.
        if name is None:
            serial = next(_next_task_number)
        else:
            self._name = str(name)
            serial = _other_serial()
        self._registry_serial = serial
        self._context = contextvars.copy_context() if context is None else context
        _call_soon(self._loop, self.__advance, (), self._context)
        _all_tasks[serial] = self

    __class_getitem__ = classmethod(types.GenericAlias)

    def _repr_info(self):
        parts = super()._repr_info()
        if self._cancel_count and not self.done():
            parts[0] = 'cancelling'
        extra = [f'name={self.get_name()!r}',
                 f'coro=<{coroutines._format_coroutine(self._coro)}>']
        if self._blocked_on is not None:
            extra.append(f'wait_for={self._blocked_on!r}')
        parts[1:1] = extra
        return parts

    def get_coro(self):
        return self._coro

    # Set by set_name() or a name given to __init__; None: Task-<serial>.
    _name = None

    def get_name(self):
        name = self._name
        if name is None:
            name = self._name = f'Task-{self._registry_serial}'
        return name

    def set_name(self, value):
        self._name = str(value)

    # A task's outcome is whatever its coroutine returns or raises; nobody else may set it.
    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        raise NotImplementedError("Task.get_stack() needs frame objects PyPack does not keep")

    def print_stack(self, *, limit=None, file=None):
        raise NotImplementedError("Task.print_stack() needs frame objects PyPack does not keep")

    def cancel(self, msg=None):
        """Ask the task to cancel: CancelledError is thrown into its coroutine at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._cancel_count += 1
        # Cancelling the awaited future wakes the task with the CancelledError; if that future
        # refuses (already done), the wake-up is queued and the step it runs throws instead.
        blocker = self._blocked_on
        if blocker is None or not blocker.cancel(msg=msg):
            self._throw_cancel = True
            self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancel() requests are pending (cancel() minus uncancel() calls)."""
        return self._cancel_count

    def uncancel(self):
        """Take back one cancel() request; returns how many remain."""
        self._cancel_count = max(self._cancel_count - 1, 0)
        return self._cancel_count

    def __resume_with_error(self, error):
        # Problems with what the coroutine yielded are thrown back into it at the next step.
        _call_soon(self._loop, self.__advance, (error,), self._context)

    def __suspend_on(self, yielded):
        """The coroutine yielded something: arrange the step that resumes it."""
        if yielded is None:
            # A bare yield (sleep(0)): one turn for the other callbacks, then go on.
            _call_soon(self._loop, self.__advance, (), self._context)
            return
        # Our own futures' flag read directly (getattr by name is the general, slower lookup).
        if type(yielded) in _EXACT_FUTURES:
            blocking = yielded._asyncio_future_blocking
        else:
            blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            if isinstance(yielded, types.GeneratorType):
                self.__resume_with_error(RuntimeError(
                    f'yield was used instead of yield from for '
                    f'generator in task {self!r} with {yielded!r}'))
            else:
                self.__resume_with_error(RuntimeError(f'Task got bad yield: {yielded!r}'))
        elif (yielded._loop if type(yielded) in _EXACT_FUTURES
              else futures._get_loop(yielded)) is not self._loop:
            self.__resume_with_error(RuntimeError(
                f'Task {self!r} got Future {yielded!r} attached to a different loop'))
        elif not blocking:
            self.__resume_with_error(RuntimeError(
                f'yield was used instead of yield from in task {self!r} with {yielded!r}'))
        elif yielded is self:
            self.__resume_with_error(RuntimeError(f'Task cannot await on itself: {self!r}'))
        else:
            # A future awaited by `await`: sleep until it is done.
            yielded._asyncio_future_blocking = False
            if type(yielded) in _EXACT_FUTURES:
                _add_done_callback(yielded, self.__resume_after, self._context)
            else:
                yielded.add_done_callback(self.__resume_after, context=self._context)
            self._blocked_on = yielded
            if self._throw_cancel and yielded.cancel(msg=self._cancel_message):
                self._throw_cancel = False

    # The step and wake-up are C in CPython: tracebacks go from the awaiting code to the coroutine.
    @_c_level
    def __advance(self, exc=None):
        # The state itself, as the C task reads it (a subclass's done() is not asked).
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._throw_cancel:
            self._throw_cancel = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
        if self._blocked_on is not None:
            self._blocked_on = None
        loop = self._loop
        # _swap_running(loop, None, self) and back, inline: twice per step of every task. Every
        # AbstractEventLoop has _running_task; another kind of loop gets it here.
        try:
            running = loop._running_task
        except AttributeError:
            running = None
        if running is not None:
            _swap_running(loop, None, self)
        loop._running_task = self
        try:
            # send(None) or throw(exc), with a return reported as RETURNED instead of StopIteration.
            yielded = _step(self._coro, exc)
        except exceptions.CancelledError as cancelled:
            # Kept so that result() raises this very exception, its traceback and context included.
            self._cancelled_exc = cancelled
            _future_cancel(self)
        except BaseException as error:
            _future_set_exception(self, error)
            # These two must still stop the loop, not just fail this task.
            if isinstance(error, (KeyboardInterrupt, SystemExit)):
                raise
        else:
            if yielded is not _RETURNED:
                self.__suspend_on(yielded)
            elif self._throw_cancel:
                # cancel() came while the coroutine was returning: the task ends cancelled.
                self._throw_cancel = False
                _returned_value()
                _future_cancel(self, msg=self._cancel_message)
            else:
                _future_set_result(self, _returned_value())
        finally:
            if loop._running_task is not self:
                _swap_running(loop, self, None)
            loop._running_task = None
            if self._state != _PENDING:
                _all_tasks.pop(self._registry_serial, None)

    @_c_level
    def __resume_after(self, future):
        # The awaited future is done: step on with its exception, or with nothing (the coroutine's
        # await picks the result up from the future itself).
        try:
            future.result()
        except BaseException as error:
            self.__advance(error)
        else:
            self.__advance()

    # Done callbacks show this as CPython's C task does: <Future pending cb=[Task.task_wakeup()]>.
    __resume_after.__qualname__ = 'Task.task_wakeup'


_PyTask = Task

# What a task does to itself as a future: the Future methods, called directly as the C task calls
# its future's own functions (not through the subclass's MRO; no super() object per step).
_future_cancel = futures._PyFuture.cancel
_future_set_result = futures._PyFuture.set_result
_future_set_exception = futures._PyFuture.set_exception

# Futures whose loop the task reads directly (the C task does so for its own two types); any
# other future-like object is asked through get_loop().
_EXACT_FUTURES = (futures.Future, Task)
_PENDING = futures._PENDING
_add_done_callback = futures._add_done_callback


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a Task on the running loop and return it."""
    loop = events.get_running_loop()
    # Only pass context on when given: custom task factories may not accept it.
    options = {} if context is None else {'context': context}
    task = loop.create_task(coro, **options)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _wake(waiter, *ignored):
    """Complete the plain future a waiting coroutine sleeps on (timers and callbacks call this)."""
    if not waiter.done():
        waiter.set_result(None)


def _reject_single(fs, what):
    # wait() and as_completed() take a collection; a lone future or coroutine is a common mistake.
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect {what} of futures, not {type(fs).__name__}")


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in fs; returns the sets (done, pending)."""
    _reject_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    pool = set(fs)
    for item in pool:
        if coroutines.iscoroutine(item):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _wake, waiter)
    left = len(pool)

    def finished_one(fut):
        nonlocal left
        left -= 1
        enough = (left <= 0 or return_when == FIRST_COMPLETED or
                  (return_when == FIRST_EXCEPTION and not fut.cancelled()
                   and fut.exception() is not None))
        if enough:
            if timer is not None:
                timer.cancel()
            _wake(waiter)

    for item in pool:
        item.add_done_callback(finished_one)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for item in pool:
            item.remove_done_callback(finished_one)

    done, pending = set(), set()
    for item in pool:
        (done if item.done() else pending).add(item)
    return done, pending


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError if it takes longer than timeout seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut

    expired = timeout <= 0
    fut = ensure_future(fut, loop=loop)
    if expired and fut.done():
        return fut.result()
    if not expired:
        waiter = loop.create_future()
        timer = loop.call_later(timeout, _wake, waiter)

        def on_fut_done(_):
            _wake(waiter)

        fut.add_done_callback(on_fut_done)
        try:
            try:
                await waiter
            except exceptions.CancelledError:
                # wait_for itself was cancelled: cancel fut too, unless it finished meanwhile.
                if fut.done():
                    return fut.result()
                fut.remove_done_callback(on_fut_done)
                await _cancel_and_wait(fut, loop=loop)
                raise
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_fut_done)
            await _cancel_and_wait(fut, loop=loop)
        finally:
            timer.cancel()
    else:
        await _cancel_and_wait(fut, loop=loop)

    # Out of time. fut may have caught the cancellation and returned or raised something else.
    try:
        return fut.result()
    except exceptions.CancelledError as exc:
        raise exceptions.TimeoutError() from exc


async def _cancel_and_wait(fut, loop):
    """Cancel fut and wait until it is done (it may ignore the cancellation)."""
    waiter = loop.create_future()

    def on_done(_):
        _wake(waiter)

    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        # cancel() only asks; a task finishes at one of its later steps.
        await waiter
    finally:
        fut.remove_done_callback(on_done)


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines; awaiting each gives the next result in order of completion."""
    _reject_single(fs, 'an iterable')
    from .queues import Queue

    loop = events.get_event_loop()
    pending = {ensure_future(f, loop=loop) for f in set(fs)}
    # Finished futures in the order they finished; None stands for "timed out".
    arrivals = Queue()
    timer = None

    def arrived(fut):
        if fut not in pending:
            return  # The timeout has already given up on it.
        pending.discard(fut)
        arrivals.put_nowait(fut)
        if timer is not None and not pending:
            timer.cancel()

    def timed_out():
        for fut in pending:
            fut.remove_done_callback(arrived)
            arrivals.put_nowait(None)
        pending.clear()

    async def next_result():
        fut = await arrivals.get()
        if fut is None:
            raise exceptions.TimeoutError
        return fut.result()

    for fut in pending:
        fut.add_done_callback(arrived)
    if timeout is not None and pending:
        timer = loop.call_later(timeout, timed_out)
    for _ in list(pending):
        yield next_result()


@types.coroutine
def __sleep0():
    """Give the loop one turn: the task's step sees a bare yield and schedules itself again."""
    yield


# What sleep(0) awaits: a native one-shot awaitable standing for __sleep0() (a generator of it is
# made only when something is thrown in, for its frame in the traceback).
_sleep0 = _yield_once(__sleep0)


async def sleep(delay, result=None):
    """Coroutine that completes after delay seconds, with result."""
    if delay <= 0:
        await _sleep0()
        return result
    # The timer's part is a coroutine of its own: every sleep(0) (a turn for the other tasks, the
    # most frequent sleep) then carries only the two arguments, not the timer's locals as well.
    return await _sleep_later(delay, result)


# Part of sleep() in CPython: no frame of its own in tracebacks.
@_c_level
async def _sleep_later(delay, result):
    loop = events.get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A Future for the argument: itself if a future, else a Task running the coroutine or awaitable."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(obj, *, loop=None):
    if type(obj) is _CoroutineType:
        # The common case first: an async def's coroutine (never a future) becomes a task.
        if loop is None:
            loop = events.get_event_loop()
        try:
            return loop.create_task(obj)
        except RuntimeError:
            # The caller's coroutine would otherwise warn that it was never awaited.
            obj.close()
            raise
    if futures.isfuture(obj):
        if loop is not None and futures._get_loop(obj) is not loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    if coroutines.iscoroutine(obj):
        coro, ours = obj, False
    elif hasattr(type(obj), '__await__'):
        # Any awaitable: a Task needs a coroutine, so wrap it in one.
        coro, ours = _await_in_coroutine(obj), True
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                        'is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        # The caller's coroutine would otherwise warn that it was never awaited.
        if not ours:
            coro.close()
        raise


@types.coroutine
def _await_in_coroutine(awaitable):
    outcome = yield from awaitable.__await__()
    return outcome


class _GatheringFuture(futures.Future):
    """What gather() returns: it collects the children's outcomes; cancelling it cancels them."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        # Set when cancel() reached a child: the result becomes a CancelledError once all are done.
        self._cancel_reached_children = False

    def cancel(self, msg=None):
        if self.done():
            return False
        reached = [child.cancel(msg=msg) for child in self._children]
        if any(reached):
            self._cancel_reached_children = True
            return True
        return False

    def _outcomes(self):
        # With return_exceptions=True: each child's result, or its exception in its place.
        outcomes = []
        for child in self._children:
            if child.cancelled():
                message = child._cancel_message
                outcomes.append(exceptions.CancelledError('' if message is None else message))
            elif child.exception() is not None:
                outcomes.append(child.exception())
            else:
                outcomes.append(child.result())
        return outcomes


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results of the awaitables, in the order given."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    # The outer future needs the loop, known only from the first child; children are made (and
    # get this callback) first, and no callback runs before gather() returns.
    outer = None
    unique_count = 0
    done_count = 0

    def child_done(child):
        nonlocal done_count
        done_count += 1
        if outer is None or outer.done():
            # Not made (a later argument was refused), or another outcome was reported already: mark this one retrieved.
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            failure = (child._make_cancelled_error() if child.cancelled()
                       else child.exception())
            if failure is not None:
                outer.set_exception(failure)
                return
        if done_count < unique_count:
            return
        # Collected even when cancelled: this marks every child's exception retrieved.
        outcomes = outer._outcomes()
        if outer._cancel_reached_children:
            # The last child in argument order gives the CancelledError (and message) gather raises.
            outer.set_exception(outer._children[-1]._make_cancelled_error())
        else:
            outer.set_result(outcomes)

    children = []
    # The same awaitable passed twice is run once; its result appears twice. Equal arguments are
    # found with a dict, as CPython's gather does; a few exact coroutines (equal only to themselves)
    # are compared with the ones before them instead, without a dict made per call.
    made = None if len(coros_or_futures) <= _GATHER_SCAN_LIMIT and _exact_coroutines(coros_or_futures) else {}
    loop = None
    for arg in coros_or_futures:
        if made is None:
            child = None
            index = len(children)
            for earlier in range(index):
                if coros_or_futures[earlier] is arg:
                    child = children[earlier]
                    break
        else:
            child = made.get(arg)
        if child is None:
            child = _ensure_future(arg, loop=loop)
            # Our own futures' loop and callbacks reached directly: get_loop() would make a bound
            # method per child, add_done_callback() one more and a keyword binding.
            exact = type(child) in _EXACT_FUTURES
            loop = child._loop if exact else futures._get_loop(child)
            if child is not arg:
                child._log_destroy_pending = False
            if made is not None:
                made[arg] = child
            unique_count += 1
            if exact:
                _add_done_callback(child, child_done, None)
            else:
                child.add_done_callback(child_done)
        children.append(child)
    outer = _GatheringFuture(children, loop=loop)
    return outer


# Up to this many arguments, gather() looks for a repeated coroutine by identity (a quadratic scan).
_GATHER_SCAN_LIMIT = 8
_CoroutineType = types.CoroutineType


def _exact_coroutines(args):
    for arg in args:
        if type(arg) is not _CoroutineType:
            return False
    return True


def shield(arg):
    """Wait for arg, but do not cancel it when the waiting is cancelled."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def copy_outcome(_):
        if outer.cancelled():
            # Nobody waits any more; mark the exception retrieved so it is not reported.
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def forget_inner(_):
        if not inner.done():
            inner.remove_done_callback(copy_outcome)

    inner.add_done_callback(copy_outcome)
    outer.add_done_callback(forget_inner)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Schedule coro on loop from another thread; returns a concurrent.futures.Future of its result."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def start():
        # On the loop's thread: the task's outcome goes to future; a failure to start is its outcome.
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return future


def _register_task(task):
    _all_tasks[_registered_serial(task)] = task


def _unregister_task(task):
    serial = getattr(task, '_registry_serial', None)
    if serial is not None:
        _all_tasks.pop(serial, None)


def _enter_task(loop, task):
    _swap_running(loop, None, task)


def _leave_task(loop, task):
    _swap_running(loop, task, None)
