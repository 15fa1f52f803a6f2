"""Event loop handles, the loop policy and the running-loop registry.

Each thread has at most one running loop (kept in _threadstate) and its own current loop; only the
main thread gets one made on demand, as in CPython."""

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_child_watcher', 'set_child_watcher',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import contextvars
import functools
import reprlib

from _threadstate import get_running_loop as _running_here
from _threadstate import is_main_thread as _is_main_thread
from _threadstate import set_running_loop as _set_running_here
from _types import function_source
from _asynciostep import Handle, TimerHandle
from _asynciostep import handle_support as _handle_support


def _format_callback_source(callback, args):
    """How asyncio shows a callback in reprs and error messages: name(args...), a partial as
    functools.partial(name(args...)), then " at FILE:LINE" when the innermost function has a
    source location. Arguments go through reprlib, so long ones are shortened."""
    text = _callback_call_text(callback, args)
    inner = callback
    while isinstance(inner, functools.partial):
        inner = inner.func
    where = function_source(inner)
    if where is None:
        return text
    return f'{text} at {where[0]}:{where[1]}'


def _callback_call_text(callback, args):
    if isinstance(callback, functools.partial):
        name = f'functools.partial({_callback_call_text(callback.func, callback.args)})'
    else:
        name = getattr(callback, '__qualname__', None) or getattr(callback, '__name__', None)
        if name is None:
            name = repr(callback)
    shown = [reprlib.repr(arg) for arg in args]
    return f"{name}({', '.join(shown)})"


# Handle and TimerHandle are native (a handle per step of every task): their fields are events.py's
# slots, _run() and the loop's iteration are C#; what their reprs say is written here.
def _handle_repr_info(self):
    # [class name, "cancelled"?, callback text?]; TimerHandle slots "when=" in after the flag.
    parts = [type(self).__name__]
    if self._cancelled:
        parts.append('cancelled')
    else:
        parts.append(_format_callback_source(self._callback, self._args))
    return parts


def _timer_repr_info(self):
    parts = _handle_repr_info(self)
    parts.insert(2 if self._cancelled else 1, f'when={self._when}')
    return parts


_handle_support(_format_callback_source, _handle_repr_info, _timer_repr_info)


class AbstractServer:
    """Servers are not available: PyPack's event loop has no sockets."""


class AbstractEventLoop:
    """The interface of an event loop; BaseEventLoop implements what PyPack supports."""

    # The task this loop is stepping right now (tasks.current_task() reads it).
    _running_task = None

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop() returns and how new loops are made."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


def _type_error(what, allowed, value):
    return TypeError(f"{what} must be an instance of {allowed} or None, not '{type(value).__name__}'")


def _no_child_watcher():
    return NotImplementedError("PyPack's asyncio has no subprocesses, so no child watcher")


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """A current loop per thread. The main thread's is made on first demand; once set_event_loop()
    has been called there, even with None, no loop is made implicitly any more. Other threads only
    have the loop they set."""

    # The loop class new_event_loop() instantiates; unix_events sets it.
    _loop_class = None

    def __init__(self):
        self._current = None
        self._explicit = False
        # The other threads' current loops: a threading.local, made when one first asks.
        self._threads = None

    def _thread_slot(self):
        slot = self._threads
        if slot is None:
            import threading
            slot = self._threads = threading.local()
        return slot

    def get_event_loop(self):
        if not _is_main_thread():
            loop = getattr(self._thread_slot(), 'loop', None)
            if loop is None:
                import threading
                raise RuntimeError(f"There is no current event loop in thread "
                                   f"{threading.current_thread().name!r}.")
            return loop
        if self._current is None:
            if self._explicit:
                raise RuntimeError("There is no current event loop in thread 'MainThread'.")
            self.set_event_loop(self.new_event_loop())
        return self._current

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise _type_error('loop', 'AbstractEventLoop', loop)
        if not _is_main_thread():
            self._thread_slot().loop = loop
            return
        self._explicit = True
        self._current = loop

    def new_event_loop(self):
        return self._loop_class()

    def get_child_watcher(self):
        raise _no_child_watcher()

    def set_child_watcher(self, watcher):
        raise _no_child_watcher()


class _Globals:
    """The process-wide asyncio state: the policy, made on first use."""
    policy = None


def get_running_loop():
    """The event loop running on this thread; RuntimeError when none is running."""
    running = _running_here()
    if running is None:
        raise RuntimeError('no running event loop')
    return running


def _get_running_loop():
    """The event loop running on this thread, or None."""
    return _running_here()


def _set_running_loop(loop):
    _set_running_here(loop)


def get_event_loop_policy():
    policy = _Globals.policy
    if policy is None:
        # Imported late: the package's default policy class lives in unix_events, which needs us.
        from . import DefaultEventLoopPolicy
        policy = _Globals.policy = DefaultEventLoopPolicy()
    return policy


def set_event_loop_policy(policy):
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise _type_error('policy', 'AbstractEventLoopPolicy', policy)
    _Globals.policy = policy


def get_event_loop():
    """The running loop inside a coroutine or callback, else the policy's current loop."""
    running = _running_here()
    return get_event_loop_policy().get_event_loop() if running is None else running


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    return get_event_loop_policy().set_child_watcher(watcher)
