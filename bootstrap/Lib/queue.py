"""FIFO, LIFO and priority queues, as CPython's queue module. PyPack programs run one Python
thread, so nothing can arrive while a call waits: a blocking get on an empty queue (or put on a
full one) waits out its timeout and raises Empty (Full), and without a timeout it waits forever,
as CPython does when no other thread is there to help."""

import time as _time
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


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_in_vain(timeout, error):
    """Waits as a blocked call would when no other thread can change the queue."""
    if timeout is None:
        while True:
            _time.sleep(3600)
    _time.sleep(timeout)
    raise error


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        """Blocks until all items in the Queue have been gotten and processed."""
        if self.unfinished_tasks:
            _wait_in_vain(None, None)

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise (not reliable!)."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue."""
        if self.maxsize > 0:
            if block:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                if not block:
                    raise Full
                _wait_in_vain(timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if block:
            _check_timeout(timeout)
        if not self._qsize():
            if not block:
                raise Empty
            _wait_in_vain(timeout, Empty)
        return self._get()

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

    __slots__ = ("_items", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if cls is SimpleQueue:
            if args:
                raise TypeError("SimpleQueue() takes no positional arguments")
            if kwargs:
                raise TypeError("SimpleQueue() takes no keyword arguments")
        self = object.__new__(cls)
        self._items = _deque()
        return self

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue."""
        self._items.append(item)

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        self._items.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if block:
            _check_timeout(timeout)
        if not self._items:
            if not block:
                raise Empty
            _wait_in_vain(timeout, Empty)
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
