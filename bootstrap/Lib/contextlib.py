"""Utilities for the with statement, written for PyPack from contextlib's documented behaviour."""

import sys
import functools

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "AsyncExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir", "asynccontextmanager", "aclosing",
           "AbstractAsyncContextManager", "AsyncContextDecorator"]


def _has_protocol(cls, *names):
    # A name set to None in a class of the MRO switches the protocol off, as for ABCs.
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class _ProtocolMeta(type):
    """Lets a class answer isinstance/issubclass through its __subclasshook__ (no abc here)."""

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, other):
        if type.__subclasscheck__(cls, other):
            return True
        hook = getattr(cls, "__subclasshook__", None)
        return hook is not None and hook(other) is True


class AbstractContextManager(metaclass=_ProtocolMeta):
    """Base class for context managers: __enter__ returns self, __exit__ is to be written."""

    __slots__ = ()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _has_protocol(C, "__enter__", "__exit__")


class AbstractAsyncContextManager(metaclass=_ProtocolMeta):
    """Base class for async context managers: __aenter__ returns self, __aexit__ is to be written."""

    __slots__ = ()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _has_protocol(C, "__aenter__", "__aexit__")


class ContextDecorator:
    """Mixin making a context manager usable as a function decorator."""

    def _recreate_cm(self):
        # Each decorated call gets a context manager of its own; plain ones are reusable.
        return self

    def __call__(self, func):
        @functools.wraps(func)
        def run_inside(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return run_inside


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwargs):
        self.gen = func(*args, **kwargs)
        self.func = func
        self.args = args
        self.kwds = kwargs
        self.__doc__ = getattr(func, "__doc__", None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # The recipe is dropped once entered, so a second entry fails (AttributeError 'args').
        del self.args
        del self.kwds
        del self.func
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            for _ in self.gen:
                self.gen.close()
                raise RuntimeError("generator didn't stop")
            return False
        value = exc_type() if exc is None else exc
        try:
            self.gen.throw(exc_type, value, tb)
        except StopIteration as stop:
            # The generator finished: the exception was handled there, unless it was the
            # StopIteration from the body itself.
            return stop is not value
        except BaseException as raised:
            if raised is value:
                # Re-raised by the generator: its frames are not the with statement's, the
                # traceback goes back to the one the with block raised with.
                value.__traceback__ = tb
                return False
            # A StopIteration thrown in comes back as RuntimeError (PEP 479): the original wins.
            if isinstance(value, StopIteration) and isinstance(raised, RuntimeError) \
                    and raised.__cause__ is value:
                return False
            raise
        self.gen.close()
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turn a generator function yielding once into a context manager factory."""
    @functools.wraps(func)
    def make_manager(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return make_manager


class AsyncContextDecorator:
    """Mixin making an async context manager usable as a decorator of coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @functools.wraps(func)
        async def run_inside(*args, **kwargs):
            async with self._recreate_cm():
                return await func(*args, **kwargs)
        return run_inside


class _AsyncGeneratorContextManager(AsyncContextDecorator, AbstractAsyncContextManager):
    """Helper for @asynccontextmanager: the same protocol as _GeneratorContextManager, awaited."""

    def __init__(self, func, args, kwargs):
        self.gen = func(*args, **kwargs)
        self.func = func
        self.args = args
        self.kwds = kwargs
        self.__doc__ = getattr(func, "__doc__", None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    async def __aenter__(self):
        del self.args
        del self.kwds
        del self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        value = exc_type() if exc is None else exc
        try:
            await self.gen.athrow(exc_type, value, tb)
        except StopAsyncIteration as stop:
            # The generator finished: it handled the exception, unless that was the one raised.
            return stop is not value
        except BaseException as raised:
            if raised is value:
                # Re-raised by the generator: its frames are not the with statement's, the
                # traceback goes back to the one the with block raised with.
                value.__traceback__ = tb
                return False
            # A StopIteration or StopAsyncIteration thrown in comes back as RuntimeError.
            if isinstance(value, (StopIteration, StopAsyncIteration)) and isinstance(raised, RuntimeError) \
                    and raised.__cause__ is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """Turn an async generator function yielding once into an async context manager factory."""
    @functools.wraps(func)
    def make_manager(*args, **kwargs):
        return _AsyncGeneratorContextManager(func, args, kwargs)
    return make_manager


class aclosing(AbstractAsyncContextManager):
    """async with aclosing(agen): awaits agen.aclose() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()


class closing(AbstractContextManager):
    """Calls thing.close() on leaving the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; __enter__ gives back enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        return None


class suppress(AbstractContextManager):
    """Swallows the listed exception types raised in the block."""

    def __init__(self, *exceptions):
        self._types = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self._types)


class _StreamSwap(AbstractContextManager):
    # Subclasses name the sys attribute; a stack of saved streams makes instances reentrant.
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._target)
        return self._target

    def __exit__(self, *exc):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_StreamSwap):
    """Sends sys.stdout to another file object inside the block."""

    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Sends sys.stderr to another file object inside the block."""

    _stream = "stderr"


class chdir(AbstractContextManager):
    """Changes the working directory inside the block (not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._saved = []

    def __enter__(self):
        import os
        self._saved.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc):
        import os
        os.chdir(self._saved.pop())


def _relink_context(raised, previous, outer):
    """Make `raised` chain to `previous` as nested with statements would.

    A callback runs while `outer` (the exception that reached ExitStack.__exit__) is being
    handled, so Python links its exception to `outer`; the link must point to the exception
    of the callback unwound just before instead.
    """
    node = raised
    while True:
        ctx = node.__context__
        if ctx is None or ctx is previous:
            return
        if ctx is outer:
            break
        node = ctx
    node.__context__ = previous


class _CallbackRegistry:
    """Shared part of ExitStack: the registry of exit callbacks."""

    def __init__(self):
        self._pending = []

    def pop_all(self):
        """Move every registered callback to a new stack and return it."""
        other = type(self)()
        other._pending = self._pending
        self._pending = []
        return other

    def push(self, exit):
        """Register an __exit__-style callable, or the __exit__ of a context manager."""
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._pending.append(exit)
        else:
            self._add_exit_method(exit, method)
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; return what __enter__ returned."""
        kind = type(cm)
        enter = getattr(kind, "__enter__", None)
        leave = getattr(kind, "__exit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol")
        result = enter(cm)
        self._add_exit_method(cm, leave)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on unwinding; returns callback."""
        def call_ignoring_exception(exc_type, exc, tb):
            callback(*args, **kwds)
        call_ignoring_exception.__wrapped__ = callback
        self._pending.append(call_ignoring_exception)
        return callback

    def _add_exit_method(self, cm, method):
        def call_exit(exc_type, exc, tb):
            return method(cm, exc_type, exc, tb)
        self._pending.append(call_exit)


class _Unwinding:
    """The state of one unwinding of an exit stack: the exception each callback receives in turn."""

    def __init__(self, exc_details):
        self.had_exception = exc_details[0] is not None
        self.outer = sys.exc_info()[1]
        self.current = exc_details
        self.suppressed = False
        self.failed = False

    def step(self, cb):
        """Run one sync callback with the current exception."""
        try:
            handled = cb(*self.current)
        except BaseException as err:
            self.raised(err)
            return
        self.returned(handled)

    def raised(self, err):
        _relink_context(err, self.current[1], self.outer)
        self.current = (type(err), err, err.__traceback__)
        self.failed = True

    def returned(self, handled):
        if handled:
            self.suppressed = True
            self.failed = False
            self.current = (None, None, None)

    def finish(self):
        """Raise what the last callback left pending, else say whether the exception was suppressed."""
        if self.failed:
            pending = self.current[1]
            kept = pending.__context__
            try:
                raise pending
            finally:
                # raise links to the handled exception again; keep the chain built above
                pending.__context__ = kept
        return self.had_exception and self.suppressed


class ExitStack(_CallbackRegistry, AbstractContextManager):
    """Context manager unwinding a dynamic stack of exit callbacks in LIFO order."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return self._unwind((exc_type, exc, tb))

    def _unwind(self, exc_details):
        unwinding = _Unwinding(exc_details)
        while self._pending:
            unwinding.step(self._pending.pop())
        return unwinding.finish()

    def close(self):
        """Unwind the stack now."""
        self._unwind((None, None, None))


class _AsyncExit:
    """An exit callback of an AsyncExitStack that returns an awaitable."""

    def __init__(self, fn):
        self.fn = fn


class AsyncExitStack(_CallbackRegistry, AbstractAsyncContextManager):
    """Async context manager unwinding a dynamic stack of sync and async exit callbacks in LIFO order."""

    async def enter_async_context(self, cm):
        """Enter cm with await and push its __aexit__; return what __aenter__ returned."""
        kind = type(cm)
        enter = getattr(kind, "__aenter__", None)
        leave = getattr(kind, "__aexit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol")
        result = await enter(cm)
        self._add_async_exit_method(cm, leave)
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__-style coroutine function, or the __aexit__ of an async context manager."""
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._pending.append(_AsyncExit(exit))
        else:
            self._add_async_exit_method(exit, method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register coroutine function callback(*args, **kwds) to be awaited on unwinding; returns callback."""
        async def call_ignoring_exception(exc_type, exc, tb):
            await callback(*args, **kwds)
        call_ignoring_exception.__wrapped__ = callback
        self._pending.append(_AsyncExit(call_ignoring_exception))
        return callback

    def _add_async_exit_method(self, cm, method):
        def call_exit(exc_type, exc, tb):
            return method(cm, exc_type, exc, tb)
        self._pending.append(_AsyncExit(call_exit))

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        unwinding = _Unwinding((exc_type, exc, tb))
        while self._pending:
            cb = self._pending.pop()
            if not isinstance(cb, _AsyncExit):
                unwinding.step(cb)
                continue
            try:
                handled = await cb.fn(*unwinding.current)
            except BaseException as err:
                unwinding.raised(err)
                continue
            unwinding.returned(handled)
        return unwinding.finish()
