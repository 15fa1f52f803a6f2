"""Queues for tasks: put() waits while full, get() while empty; join() until every item is done."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

from collections import deque
from heapq import heappop, heappush
from types import GenericAlias

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue at its maxsize."""


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue; maxsize <= 0 means no limit.

    Subclasses change the order by overriding _init, _put and _get (as PriorityQueue and LifoQueue
    do). Tasks blocked in get() or put() sleep on futures in the _getters / _putters lines."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        # Items put and not yet marked task_done(); join() waits for the event.
        self._undone = 0
        self._all_done = locks.Event()
        self._all_done.set()
        self._init(maxsize)

    # The storage hooks.
    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    def _describe(self):
        parts = [f'maxsize={self._maxsize!r}']
        # _queue may be missing when a subclass's _init failed half way.
        items = getattr(self, '_queue', None)
        if items:
            parts.append(f'_queue={list(items)!r}')
        for label, line in (('_getters', self._getters), ('_putters', self._putters)):
            if line:
                parts.append(f'{label}[{len(line)}]')
        if self._undone:
            parts.append(f'tasks={self._undone}')
        return ' '.join(parts)

    @property
    def maxsize(self):
        """The most items the queue holds (0 or less: unbounded)."""
        return self._maxsize

    def qsize(self):
        """How many items are in the queue now."""
        return len(self._queue)

    def empty(self):
        """Whether the queue has no items."""
        return not self._queue

    def full(self):
        """Whether the queue holds maxsize items (never, when unbounded)."""
        return 0 < self._maxsize <= self.qsize()

    @staticmethod
    def _wake_first(line):
        # Futures already done (cancelled waiters) are dropped on the way.
        while line:
            waiter = line.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def _wait_in_line(self, line, blocked):
        """Sleep in line until woken, for as long as blocked() holds."""
        while blocked():
            turn = self._get_loop().create_future()
            line.append(turn)
            try:
                await turn
            except BaseException:
                # Leave the line; if we had been woken already, the turn goes to the next one.
                turn.cancel()
                if turn in line:
                    line.remove(turn)
                if not turn.cancelled() and not blocked():
                    self._wake_first(line)
                raise

    async def put(self, item):
        """Put an item into the queue, waiting while it is full."""
        await self._wait_in_line(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put an item into the queue without waiting; QueueFull if there is no room."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._undone += 1
        self._all_done.clear()
        self._wake_first(self._getters)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        await self._wait_in_line(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item if one is there; QueueEmpty otherwise."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_first(self._putters)
        return item

    def task_done(self):
        """Tell the queue that an item taken by get() is processed (join() counts them)."""
        if self._undone < 1:
            raise ValueError('task_done() called too many times')
        self._undone -= 1
        if not self._undone:
            self._all_done.set()

    async def join(self):
        """Wait until every item put has been got and marked done with task_done()."""
        if self._undone:
            await self._all_done.wait()


class PriorityQueue(Queue):
    """A Queue that gives the smallest item first (heapq order): entries like (priority, data)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heappush(self._queue, item)

    def _get(self):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that gives the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
