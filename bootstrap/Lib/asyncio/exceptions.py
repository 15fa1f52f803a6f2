"""asyncio's exceptions. TimeoutError is the builtin one since 3.11."""

__all__ = ('BrokenBarrierError',
           'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')


class CancelledError(BaseException):
    """Thrown into a cancelled task's coroutine, and raised by a cancelled future's result()."""


# Since 3.11 asyncio.TimeoutError and the builtin are the same class.
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """A future was asked for something its state does not allow (e.g. result() while pending)."""


class SendfileNotAvailableError(RuntimeError):
    """The platform cannot send the file natively; callers fall back to plain reads and writes."""


class IncompleteReadError(EOFError):
    """The stream ended before the expected number of bytes; `partial` holds what came."""

    def __init__(self, partial, expected):
        wanted = repr(expected) if expected is not None else 'undefined'
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial = partial
        self.expected = expected

    # Pickling must rebuild from both fields, not from the formatted message in args.
    def __reduce__(self):
        return self.__class__, (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found within the stream's buffer limit; `consumed` says how far it got."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return self.__class__, (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited on it."""
