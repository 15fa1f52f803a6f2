"""ThreadPoolExecutor: calls run on a pool of worker threads fed by one queue. Written from the
documented behaviour of CPython's concurrent.futures.thread."""

import itertools
import os
import queue
import threading
import types

from concurrent.futures import _base

# Set when the interpreter exits: workers finish what is queued and stop.
_shutdown = False
_global_shutdown_lock = threading.Lock()
_queues = []


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_queues)
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Before threading joins the threads that are not daemons (the workers are not).
threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # No cycle through the traceback's frames.
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._logger().critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        # None: the executor shut down (or the interpreter exits); wake the next worker too.
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)
            return


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):
    """An executor whose calls run on up to max_workers threads (default min(32, cpu count + 4)),
    started as the work needs them and named thread_name_prefix + '_N'."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker takes the new item; otherwise a new one starts, up to max_workers.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _queues.append((t, self._work_queue))

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Every queued call fails the same way.
            for work_item in self._take_queued():
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def _take_queued(self):
        """The calls still queued, taken off the queue (the None that wakes a worker is dropped)."""
        taken = []
        while True:
            try:
                work_item = self._work_queue.get_nowait()
            except queue.Empty:
                return taken
            if work_item is not None:
                taken.append(work_item)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new calls; with cancel_futures the queued ones are cancelled; with wait, waits for the workers."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for work_item in self._take_queued():
                    work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
            with _global_shutdown_lock:
                _queues[:] = [(t, q) for t, q in _queues if q is not self._work_queue]

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
