"""asyncio.timeout()/timeout_at(): cancel the current task at a deadline, raising TimeoutError."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks


class Timeout:
    """An async context manager that cancels the task inside it when the deadline passes.

    Its state (shown by repr) goes 'created' -> 'active' -> 'finished' when the block ends in
    time, or 'active' -> 'expiring' (the task was cancelled) -> 'expired' once the block is left."""

    def __init__(self, when):
        self._when = when
        self._state = 'created'
        self._task = None
        self._alarm = None  # the loop handle that fires at the deadline

    def when(self):
        """The deadline on the loop's clock, or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None for none)."""
        assert self._state != 'created'
        if self._state != 'active':
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        self._disarm()
        if when is not None:
            loop = events.get_running_loop()
            # A deadline already past still fires from the loop, never synchronously here.
            if when > loop.time():
                self._alarm = loop.call_at(when, self._fire)
            else:
                self._alarm = loop.call_soon(self._fire)

    def expired(self):
        """Whether the deadline passed and the task was cancelled for it."""
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        if self._state != 'active':
            return f"<Timeout [{self._state}]>"
        shown = None if self._when is None else round(self._when, 3)
        return f"<Timeout [active] when={shown}>"

    async def __aenter__(self):
        self._state = 'active'
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        # Cancel requests already pending on entry are not ours to turn into TimeoutError.
        self._cancels_before = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in ('active', 'expiring')
        self._disarm()
        if self._state == 'active':
            self._state = 'finished'
            return None
        self._state = 'expired'
        # Only when the block ends with our own cancellation (no other cancel() still pending)
        # does it become a TimeoutError; uncancel() is taken back either way.
        ours = self._task.uncancel() <= self._cancels_before
        if ours and exc_type is exceptions.CancelledError:
            raise TimeoutError from exc_val
        return None

    def _disarm(self):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None

    def _fire(self):
        assert self._state == 'active'
        self._task.cancel()
        self._state = 'expiring'
        self._alarm = None


def timeout(delay):
    """A Timeout that expires delay seconds from now (None: never)."""
    # Asked for the loop even with no delay: outside a running loop this is an error either way.
    now = events.get_running_loop().time()
    return Timeout(None if delay is None else now + delay)


def timeout_at(when):
    """A Timeout that expires at the loop time when (None: never)."""
    return Timeout(when)
