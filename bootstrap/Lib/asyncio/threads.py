"""asyncio.to_thread: a blocking call run on the loop's default executor."""

__all__ = ('to_thread',)

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) on a worker thread and return its result; the worker sees the
    caller's context variables (a copy of its context)."""
    loop = events.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
