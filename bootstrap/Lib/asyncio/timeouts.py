"""asyncio.timeout()/timeout_at(): cancel the current task at a deadline, raising TimeoutError."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks

_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    """An async context manager that cancels the task inside it when the deadline passes."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline on the loop's clock, or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None for none)."""
        assert self._state != _CREATED
        if self._state != _ENTERED:
            raise RuntimeError(
                f"Cannot change state of {self._state} Timeout",
            )

        self._when = when

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()

        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Whether the deadline passed and the task was cancelled for it."""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state == _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        self._state = _ENTERED
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_ENTERED, _EXPIRING)

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

        if self._state == _EXPIRING:
            self._state = _EXPIRED

            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
                # Our cancellation, not someone else's: it becomes a TimeoutError.
                raise TimeoutError from exc_val
        elif self._state == _ENTERED:
            self._state = _EXITED

        return None

    def _on_timeout(self):
        assert self._state == _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout that expires delay seconds from now (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout that expires at the loop time when (None: never)."""
    return Timeout(when)
