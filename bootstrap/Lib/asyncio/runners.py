"""asyncio.run and Runner: a loop for one program's top-level coroutines, closed cleanly."""

__all__ = ('Runner', 'run')

import contextvars

from . import coroutines
from . import events
from . import tasks


class Runner:
    """A context manager around an event loop: run() coroutines on it; close() cancels what is
    left, finishes the async generators and closes the loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._factory = loop_factory
        # The loop exists from the first run()/get_loop()/__enter__ until close(); closing is final.
        self._loop = None
        self._finished = False
        # Every run() of this runner shares one copy of the context it was opened in.
        self._context = None
        # Whether the loop was made the current one here (so close() unsets it).
        self._made_current = False

    def __enter__(self):
        self._open()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        """The runner's loop, made on first use."""
        return self._open()

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop and return its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if events._get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        loop = self._open()
        task = loop.create_task(coro, context=self._context if context is None else context)
        return loop.run_until_complete(task)

    def close(self):
        """Shutdown and close the loop."""
        loop = self._loop
        if loop is None:
            return
        try:
            _finish_leftover_tasks(loop)
            for cleanup in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(cleanup())
        finally:
            if self._made_current:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._finished = True

    def _open(self):
        if self._finished:
            raise RuntimeError("Runner is closed")
        if self._loop is not None:
            return self._loop
        if self._factory is not None:
            loop = self._factory()
        else:
            loop = events.new_event_loop()
            if not self._made_current:
                # Current while the runner is open, so get_event_loop() outside a task finds it.
                events.set_event_loop(loop)
                self._made_current = True
        if self._debug is not None:
            loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._loop = loop
        return loop


def run(main, *, debug=None):
    """Execute the coroutine and return the result, on a new event loop closed at the end."""
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _finish_leftover_tasks(loop):
    """Cancel the tasks of loop that are still pending, let them unwind, and report the ones that
    ended with an exception other than their cancellation."""
    # Creation order (CPython's order is that of a set of tasks, by address).
    pending = []
    for task in list(tasks._all_tasks.values()):
        if task._loop is loop and not task.done():
            task.cancel()
            pending.append(task)
    if not pending:
        return
    loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled() or task.exception() is None:
            continue
        loop.call_exception_handler({
            'message': 'unhandled exception during asyncio.run() shutdown',
            'exception': task.exception(),
            'task': task,
        })
