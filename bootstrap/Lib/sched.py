"""A general purpose event scheduler: events run at given times (in the units of the time
function), by priority among equal times, and in the order they were scheduled among equal
priorities. Written for PyPack from CPython 3.11's documentation and observed behaviour."""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
_FIELD_DOCS = {
    'time': """Numeric type compatible with the return value of the
timefunc function passed to the constructor.""",
    'priority': """Events scheduled for the same time will be executed
in the order of their priority.""",
    'sequence': """A continually increasing sequence number that
    separates events if time and priority are equal.""",
    'action': """Executing the event means executing
action(*argument, **kwargs)""",
    'argument': """argument is a sequence holding the positional
arguments for the action.""",
    'kwargs': """kwargs is a dictionary holding the keyword
arguments for the action.""",
}
# The fields' descriptors (_collections._tuplegetter) take a new __doc__, as in CPython.
for _name, _text in _FIELD_DOCS.items():
    getattr(Event, _name).__doc__ = _text
del _name, _text
Event.__module__ = 'sched'

# Stands for "no kwargs given", so that each event gets a dict of its own.
_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay
        functions"""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event in the queue at an absolute time.

        Returns an ID for the event which can be used to remove it,
        if necessary.

        """
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """A variant that specifies the time as a relative time.

        This is actually the more commonly used interface.

        """
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue.

        This must be presented the ID as returned by enter().
        If the event is not in the queue, this raises ValueError.

        """
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Execute events until the queue is empty.
        If blocking is False executes the scheduled events due to
        expire soonest (if any) and then return the deadline of the
        next scheduled call in the scheduler.
        """
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    return None
                when, priority, sequence, action, argument, kwargs = queue[0]
                now = self.timefunc()
                due = when <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return when - now
                self.delayfunc(when - now)
            else:
                action(*argument, **kwargs)
                # A zero delay after each event lets other threads run.
                self.delayfunc(0)

    @property
    def queue(self):
        """An ordered list of upcoming events.

        Events are named tuples with fields for:
            time, priority, action, arguments, kwargs

        """
        with self._lock:
            pending = self._queue[:]
        return [heapq.heappop(pending) for _ in range(len(pending))]
