"""Threads, locks, conditions, semaphores, events, barriers and timers, as CPython's threading
module. Threads are OS threads that take turns on PyPack's global interpreter lock (one runs
Python code at a time; see bootstrap/Hosting/Gil.cs); the blocking primitives come from the
native _thread module, the rest is written here from the documented behaviour."""

import sys as _sys
import _thread
from collections import deque as _deque
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _thread.allocate_lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again."""
    return _CRLock(*args, **kwargs)


def settrace(func):
    raise NotImplementedError("threading.settrace() is not supported by PyPack (compiled code has no tracing hooks)")


def setprofile(func):
    raise NotImplementedError("threading.setprofile() is not supported by PyPack (compiled code has no profiling hooks)")


def gettrace():
    return None


def getprofile():
    return None


class Condition:
    """A condition variable: threads wait on it until another notifies them, with its lock held around both."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock is let go whole while waiting; a plain lock once.
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Releases the lock, waits for a notify (or the timeout), takes the lock back; False on timeout."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter blocks on a lock of its own, held from the start: notify releases it.
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true (or the timeout passes); returns the last value of predicate()."""
        deadline = None
        left = timeout
        result = predicate()
        while not result:
            if left is not None:
                if deadline is None:
                    deadline = _time() + left
                else:
                    left = deadline - _time()
                    if left <= 0:
                        break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass  # its wait timed out meanwhile
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wakes every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead', DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        acquired = False
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                acquired = True
        return acquired

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may not go above where it started."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for: set() wakes them all, clear() makes them wait again."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead', DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Waits until the flag is set (or the timeout passes); returns the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets a fixed number of threads wait until all of them have arrived, then releases them together."""

    # _state: 0 filling, 1 draining (everyone leaves), -1 resetting, -2 broken.
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Waits for the other parties; returns this thread's arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Back to the empty state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Breaks the barrier: waiting threads and later waits get BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


# The threads that run now, by ident; and those started but not yet running.
_active_limbo_lock = RLock()
_active = {}
_limbo = {}
_shutdown_locks = set()


class _ExceptHookArgs:
    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return (f"_thread._ExceptHookArgs(exc_type={self.exc_type!r}, exc_value={self.exc_value!r},"
                f" exc_traceback={self.exc_traceback!r}, thread={self.thread!r})")

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[i]


_ExceptHookArgs.__module__ = '_thread'


def ExceptHookArgs(args):
    return _ExceptHookArgs(*args)


def excepthook(args, /):
    """Reports an exception a thread's run() did not catch: its name and the traceback, on stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        if args.thread is None:
            return
        stderr = args.thread._stderr
        if stderr is None:
            return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: run() (the target by default) runs in a new OS thread once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._done = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._local_dicts = []

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Starts run() in a new thread; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        self._done = _allocate_lock()
        self._done.acquire()
        try:
            _start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """What the thread does: calls the target with the args and kwargs given to the constructor."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            self._stop()

    def _stop(self):
        for dicts in self._local_dicts:
            dicts.pop(self, None)
        self._local_dicts = []
        with _active_limbo_lock:
            _active.pop(self._ident, None)
        self._is_stopped = True
        if self._done is not None:
            self._done.release()

    def join(self, timeout=None):
        """Waits until the thread ends, or until timeout seconds passed (then is_alive() tells which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        done = self._done
        if done is None:
            return
        if timeout is None:
            got = done.acquire()
        else:
            got = done.acquire(True, max(timeout, 0))
        if got:
            done.release()

    def is_alive(self):
        """Whether run() has started and not yet ended."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        return self._done is None or self._done.locked()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead', DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead', DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead', DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead', DeprecationWarning, stacklevel=2)
        self.name = name


def _invoke_excepthook(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        excepthook(_ExceptHookArgs(exc_type, exc_value, exc_tb, thread))
    except BaseException as exc:
        # The hook itself failed: reported as CPython does, then the thread ends.
        exc.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is not None:
            import traceback
            print("Exception in threading.excepthook:", file=stderr, flush=True)
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=stderr)
            stderr.flush()
    finally:
        exc_type = exc_value = exc_tb = None


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread threading did not start (_thread.start_new_thread): always alive, a daemon, cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead', DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """How many Thread objects are alive (the main thread included)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead', DeprecationWarning, stacklevel=2)
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """The Thread objects alive now, the main thread included."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main Thread object (the one the program started in)."""
    return _main_thread


_main_thread = _MainThread()


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Calls func(*arg, **kwargs) when the program ends, before the wait for its threads (newest first)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """At the end of the program: waits for every thread that is not a daemon (before atexit runs)."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    _main_thread._is_stopped = True
    while True:
        with _active_limbo_lock:
            waiting = [t for t in _enumerate() if not t.daemon and t is not _main_thread and t._started.is_set()]
        if not waiting:
            break
        for t in waiting:
            t.join()


_thread._set_shutdown(_shutdown)


class local:
    """Attributes that each thread sees its own value of (the same object, a different __dict__ per thread)."""

    __slots__ = ('_local__dicts', '_local__args')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__args', (args, kw))
        # The creating thread gets its dict now; __init__ runs for it as for any object.
        _local_dict(self, init=False)
        return self

    def __getattribute__(self, name):
        if name in ('_local__dicts', '_local__args'):
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if not _is_data_descriptor(type(self), name):
            try:
                return d[name]
            except KeyError:
                pass
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'") from None

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{type(self).__name__}' object attribute '__dict__' is read-only")
        if name in ('_local__dicts', '_local__args'):
            raise AttributeError(f"'{type(self).__name__}' object attribute '{name}' is read-only")
        if _is_data_descriptor(type(self), name):
            return object.__setattr__(self, name, value)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{type(self).__name__}' object attribute '__dict__' is read-only")
        if _is_data_descriptor(type(self), name):
            return object.__delattr__(self, name)
        d = _local_dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


local.__qualname__ = local.__name__ = '_local'
local.__module__ = '_thread'


def _is_data_descriptor(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            kind = type(attr)
            return hasattr(kind, '__set__') or hasattr(kind, '__delete__')
    return False


def _local_dict(obj, init=True):
    """The calling thread's dict of a local; the first access from a thread runs __init__ again there."""
    dicts = object.__getattribute__(obj, '_local__dicts')
    thread = current_thread()
    try:
        return dicts[thread]
    except KeyError:
        pass
    d = {}
    dicts[thread] = d
    thread._local_dicts.append(dicts)
    if init:
        cls = type(obj)
        if cls.__init__ is not object.__init__:
            args, kw = object.__getattribute__(obj, '_local__args')
            cls.__init__(obj, *args, **kw)
    return d
