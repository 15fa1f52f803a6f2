"""Synchronization primitives for tasks: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.

They all park a waiting task on a plain future kept in a FIFO deque; whoever wakes a waiter
completes its future, and the woken task finishes the hand-over itself when it runs again."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

from collections import deque

from . import exceptions
from . import mixins


def _tagged(base_repr, state, waiters):
    """<asyncio.locks.Lock object at 0x... [state, waiters:N]>: the object's repr with its state."""
    if waiters:
        state += f', waiters:{len(waiters)}'
    return f'<{base_repr[1:-1]} [{state}]>'


def _first_pending(waiters):
    # Cancelled waiters stay queued until their task runs and removes them; skip them.
    for waiter in waiters or ():
        if not waiter.done():
            return waiter
    return None


async def _park(owner, waiters, on_cancel):
    """Queue a fresh future on waiters and sleep on it until someone completes it.

    The future leaves the queue however the sleep ends; on cancellation on_cancel(future) runs
    after that, so it can pass on a wake-up the cancelled task had already received."""
    waiter = owner._get_loop().create_future()
    waiters.append(waiter)
    try:
        try:
            return await waiter
        finally:
            waiters.remove(waiter)
    except exceptions.CancelledError:
        if on_cancel is not None:
            on_cancel(waiter)
        raise


class _ContextManagerMixin:
    # "async with lock:" acquires and releases; it binds nothing to "as".
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutex for tasks: acquire() waits (FIFO) while another task holds it."""

    def __init__(self):
        self._held = False
        self._waiters = None  # a deque, made on first contention

    def __repr__(self):
        return _tagged(super().__repr__(), 'locked' if self._held else 'unlocked', self._waiters)

    def locked(self):
        """Whether some task holds the lock."""
        return self._held

    async def acquire(self):
        """Acquire the lock, waiting for it if needed; returns True."""
        # Free and nobody still in line (cancelled waiters do not count): take it at once.
        if not self._held and not any(not w.cancelled() for w in self._waiters or ()):
            self._held = True
            return True
        if self._waiters is None:
            self._waiters = deque()
        await _park(self, self._waiters, self._pass_on_wakeup)
        self._held = True
        return True

    def release(self):
        """Release the lock and wake the first waiter; RuntimeError if it is not held."""
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._wake_one()

    def _pass_on_wakeup(self, waiter):
        # We may have been woken just before the cancel: give the wake-up to the next one.
        if not self._held:
            self._wake_one()

    def _wake_one(self):
        # Only the head of the line is woken; it takes the lock itself when it runs.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: set() wakes every waiter."""

    def __init__(self):
        self._flag = False
        self._waiters = deque()

    def __repr__(self):
        return _tagged(super().__repr__(), 'set' if self._flag else 'unset', self._waiters)

    def is_set(self):
        """Whether set() was called since the last clear()."""
        return self._flag

    def set(self):
        """Set the flag and wake every task waiting for it."""
        if self._flag:
            return
        self._flag = True
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(True)

    def clear(self):
        """Reset the flag: wait() blocks again until set()."""
        self._flag = False

    async def wait(self):
        """Wait until the flag is set; returns True."""
        if not self._flag:
            await _park(self, self._waiters, None)
        return True


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """Tasks wait() for a notify() while holding the underlying lock."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        # The condition is used exactly like its lock.
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = deque()

    def __repr__(self):
        return _tagged(super().__repr__(), 'locked' if self.locked() else 'unlocked',
                       self._waiters)

    async def wait(self):
        """Release the lock, wait for a notify, take the lock again; returns True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await _park(self, self._waiters, None)
            return True
        finally:
            # However the wait ended, the caller must hold the lock again; a cancellation that
            # arrives while re-acquiring is remembered and raised once it is held.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except exceptions.CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; returns its value."""
        while True:
            value = predicate()
            if value:
                return value
            await self.wait()

    def notify(self, n=1):
        """Wake up to n tasks waiting on this condition."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for waiter in self._waiters:
            if woken >= n:
                break
            if not waiter.done():
                waiter.set_result(False)
                woken += 1

    def notify_all(self):
        """Wake every task waiting on this condition."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter: acquire() takes one (waiting at zero), release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = None  # a deque, made on first contention

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _tagged(super().__repr__(), state, self._waiters)

    def locked(self):
        """Whether acquire() would have to wait."""
        # Someone still in line (not cancelled) goes first, even when units are free.
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        """Take one from the counter, waiting while it is zero (or others wait first); returns True."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = deque()
        await _park(self, self._waiters, self._return_unit)
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        """Give one back to the counter, waking the first waiter."""
        self._value += 1
        self._wake_next()

    def _return_unit(self, waiter):
        # Whoever woke us had already taken our unit off the counter: put it back and pass it on.
        if not waiter.cancelled():
            self._value += 1
            self._wake_next()

    def _wake_next(self):
        waiter = _first_pending(self._waiters)
        if waiter is not None:
            self._value -= 1
            waiter.set_result(True)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._limit = value
        super().__init__(value)

    def release(self):
        if self._value >= self._limit:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(mixins._LoopBoundMixin):
    """parties tasks wait() until all of them have arrived, then all go on together.

    A round goes 'filling' (tasks arrive) -> 'draining' (all leave) -> 'filling' again; reset()
    passes through 'resetting' while tasks are still inside, abort() makes it 'broken' for good.
    The state strings show in the repr."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._state = 'filling'
        self._count = 0  # tasks inside wait(), arrived or leaving
        self._cond = Condition()

    def __repr__(self):
        state = self._state
        if not self.broken:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{super().__repr__()[1:-1]} [{state}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the other parties; returns this task's arrival index (0 .. parties-1)."""
        async with self._cond:
            # A previous round still leaving (or being reset) must finish first.
            await self._cond.wait_for(lambda: self._state in ('filling', 'broken'))
            if self._state == 'broken':
                raise exceptions.BrokenBarrierError("Barrier aborted")
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    # The last to arrive lets the whole round go.
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != 'filling')
                    if self._state in ('broken', 'resetting'):
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    # The last one out starts the next round (a broken barrier stays broken).
                    if self._state != 'broken':
                        self._state = 'filling'
                    self._cond.notify_all()

    async def reset(self):
        """Return the barrier to its empty state; tasks waiting get BrokenBarrierError."""
        async with self._cond:
            self._state = 'resetting' if self._count else 'filling'
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting and later wait() calls raise BrokenBarrierError."""
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        """The number of tasks needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of tasks waiting in the barrier while filling."""
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._state == 'broken'
