"""FIFO, LIFO and priority queues, as CPython's queue module: a blocking get waits (the GIL
released) until another thread puts an item, a blocking put on a full queue until one is taken,
and join() until every item taken was marked done."""

import threading as _threading
from time import monotonic as _time
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from types import GenericAlias as _GenericAlias

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    pass


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."
    pass


Empty.__module__ = "_queue"


def _wait(condition, ready, timeout, error):
    """Waits on condition (held) until ready() or the timeout; raises error on timeout."""
    if timeout is None:
        while not ready():
            condition.wait()
    elif timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    else:
        deadline = _time() + timeout
        while not ready():
            left = deadline - _time()
            if left <= 0.0:
                raise error
            condition.wait(left)


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock, three conditions on it: an item arrived, a slot freed, every task done.
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError("task_done() called too many times")
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Blocks until all items in the Queue have been gotten and processed."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise (not reliable!)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                else:
                    _wait(self.not_full, lambda: self._qsize() < self.maxsize, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            else:
                _wait(self.not_empty, self._qsize, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    # Subclasses change the order by overriding these four.

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    """Variant of Queue that retrieves open entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Variant of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded, reentrant FIFO queue."""

    __slots__ = ("_items", "_count", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if cls is SimpleQueue:
            if args:
                raise TypeError("SimpleQueue() takes no positional arguments")
            if kwargs:
                raise TypeError("SimpleQueue() takes no keyword arguments")
        self = object.__new__(cls)
        self._items = _deque()
        # Counts the items: a get waits on it, a put never blocks.
        self._count = _threading.Semaphore(0)
        return self

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue."""
        self._items.append(item)
        self._count.release()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        self.put(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        return not self._items

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        return len(self._items)

    __class_getitem__ = classmethod(_GenericAlias)


SimpleQueue.__module__ = "_queue"
