"""TaskGroup: tasks that finish together; the first failure cancels the rest, and the failures
come out as one ExceptionGroup."""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


def _is_fatal(error):
    # These end the program rather than one task: the group re-raises them alone, not grouped.
    return isinstance(error, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) -- waits for every task at the end."""

    def __init__(self):
        # 'new' -> 'entered' (the body of the async with runs) -> 'exiting' (__aexit__ waits).
        self._phase = 'new'
        # Every task was sent cancel() (a failure, or the parent cancelled); no new tasks then.
        self._aborting = False
        self._loop = None
        # The task running the async with, and whether we cancelled it ourselves.
        self._parent = None
        self._cancelled_parent = False
        # Unfinished tasks in creation order, so they are cancelled in that order.
        self._tasks = {}
        self._errors = []
        self._fatal = None
        # What __aexit__ sleeps on until the last task is done.
        self._emptied = None

    def __repr__(self):
        words = []
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._phase != 'new':
            words.append('entered')
        return '<TaskGroup' + ''.join(' ' + word for word in words) + '>'

    async def __aenter__(self):
        if self._phase != 'new':
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._phase = 'entered'
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._phase = 'exiting'
        if exc is not None and self._fatal is None and _is_fatal(exc):
            self._fatal = exc
        # A CancelledError the body ended with goes on up, unless it came from our own cancel()
        # of the parent (the last such request taken back).
        cancel_to_raise = exc if et is exceptions.CancelledError else None
        if self._cancelled_parent and self._parent.uncancel() == 0:
            cancel_to_raise = None
        if et is not None and not self._aborting:
            self._abort()

        # Every task must finish before the group does, even when we are cancelled meanwhile.
        while self._tasks:
            if self._emptied is None:
                self._emptied = self._loop.create_future()
            try:
                await self._emptied
            except exceptions.CancelledError as cancelled:
                if not self._aborting:
                    # Cancelled from outside: stop the tasks, keep waiting, re-raise after.
                    cancel_to_raise = cancelled
                    self._abort()
            self._emptied = None

        if self._fatal is not None:
            raise self._fatal
        if cancel_to_raise is not None and not self._errors:
            raise cancel_to_raise
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            # Dropped from the group so the exceptions do not keep it (and it them) alive.
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """Make a task in this group: the group's exit waits for it."""
        if self._phase == 'new':
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._phase == 'exiting' and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        options = {} if context is None else {'context': context}
        task = self._loop.create_task(coro, **options)
        tasks._set_task_name(task, name)
        task.add_done_callback(self._task_finished)
        self._tasks[task] = None
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _task_finished(self, task):
        self._tasks.pop(task, None)
        if not self._tasks and self._emptied is not None and not self._emptied.done():
            self._emptied.set_result(True)

        error = None if task.cancelled() else task.exception()
        if error is None:
            return
        self._errors.append(error)
        if self._fatal is None and _is_fatal(error):
            self._fatal = error

        if self._parent.done():
            # Nobody is left to raise the group: report the failure to the loop.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent} is already completed',
                'exception': error,
                'task': task,
            })
        elif not self._aborting and not self._cancelled_parent:
            # The first failure cancels the other tasks and the body of the async with.
            self._abort()
            self._cancelled_parent = True
            self._parent.cancel()
