"""What the synchronization primitives and queues share: the loop they are bound to."""

from . import events


class _LoopBoundMixin:
    # Bound on first use, not at construction: a lock made before asyncio.run() still works.
    _loop = None

    def _get_loop(self):
        running = events.get_running_loop()
        if self._loop is None:
            self._loop = running
        elif self._loop is not running:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running
