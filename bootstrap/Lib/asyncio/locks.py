"""Synchronization primitives for tasks: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

import collections

from . import exceptions
from . import mixins


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # The lock itself is not what "async with lock as x" gives.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutex for tasks: acquire() waits (FIFO) while another task holds it."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """Return True if lock is acquired."""
        return self._locked

    async def acquire(self):
        """Acquire the lock, waiting for it if needed; returns True."""
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True

        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)

        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # Woken and cancelled at once: pass the wake-up on.
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        """Release the lock and wake the first waiter; RuntimeError if it is not held."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        # The woken task sets _locked itself when it runs.
        if not fut.done():
            fut.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: set() wakes every waiter."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        """Return True if and only if the internal flag is true."""
        return self._value

    def set(self):
        """Set the flag and wake every task waiting for it."""
        if not self._value:
            self._value = True

            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the flag: wait() blocks again until set()."""
        self._value = False

    async def wait(self):
        """Wait until the flag is set; returns True."""
        if self._value:
            return True

        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """Tasks wait() for a notify() while holding the underlying lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()

        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release

        self._waiters = collections.deque()

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        """Release the lock, wait for a notify, take the lock again; returns True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')

        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)

        finally:
            # The lock is taken again even when the wait is cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True

            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; returns its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n tasks waiting on this condition."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')

        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break

            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake every task waiting on this condition."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter: acquire() takes one (waiting at zero), release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """Returns True if semaphore cannot be acquired immediately."""
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        """Take one from the counter, waiting while it is zero (or others wait first); returns True."""
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)

        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not fut.cancelled():
                # Woken (a unit was handed over) but cancelled: hand it on.
                self._value += 1
                self._wake_up_next()
            raise

        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Give one back to the counter, waking the first waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


_BARRIER_FILLING = 'filling'
_BARRIER_DRAINING = 'draining'
_BARRIER_RESETTING = 'resetting'
_BARRIER_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """parties tasks wait() until all of them have arrived, then all go on together."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')

        self._cond = Condition()

        self._parties = parties
        self._state = _BARRIER_FILLING
        self._count = 0

    def __repr__(self):
        res = super().__repr__()
        extra = f'{self._state}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the other parties; returns this task's arrival index (0 .. parties-1)."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    # The last to arrive releases everyone.
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Wait while the previous round is still draining or being reset.
        await self._cond.wait_for(
            lambda: self._state not in (
                _BARRIER_DRAINING, _BARRIER_RESETTING
            )
        )

        if self._state is _BARRIER_BROKEN:
            raise exceptions.BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _BARRIER_DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _BARRIER_FILLING)

        if self._state in (_BARRIER_BROKEN, _BARRIER_RESETTING):
            raise exceptions.BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in (_BARRIER_RESETTING, _BARRIER_DRAINING):
                self._state = _BARRIER_FILLING
            self._cond.notify_all()

    async def reset(self):
        """Return the barrier to its empty state; tasks waiting get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state is not _BARRIER_RESETTING:
                    self._state = _BARRIER_RESETTING
            else:
                self._state = _BARRIER_FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting and later wait() calls raise BrokenBarrierError."""
        async with self._cond:
            self._state = _BARRIER_BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """The number of tasks needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of tasks waiting in the barrier while filling."""
        if self._state is _BARRIER_FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._state is _BARRIER_BROKEN
