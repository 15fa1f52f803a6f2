"""Telling coroutines apart, and how a task's repr shows its coroutine."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import types

from _types import is_coroutine_function as _is_coroutine_function

_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType)

# Functions marked by the old @asyncio.coroutine-style helpers; kept for iscoroutinefunction().
_is_coroutine = object()


def iscoroutinefunction(func):
    """Whether func is an async def function (or marked as a coroutine function)."""
    while isinstance(func, _partial_type):
        func = func.func
    func = getattr(func, '__func__', func)
    return (isinstance(func, types.FunctionType) and _is_async_def(func)) or \
        getattr(func, '_is_coroutine', None) is _is_coroutine


def _is_async_def(func):
    # CPython tests CO_COROUTINE in func.__code__.co_flags; compiled functions have no __code__.
    return _is_coroutine_function(func)


def iscoroutine(obj):
    """Whether obj is a coroutine object (an async def's, or a generator-based one)."""
    if type(obj) in _iscoroutine_typecache:
        return True
    if isinstance(obj, _COROUTINE_TYPES) or hasattr(obj, 'cr_await') or \
            (hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, 'close') and
             hasattr(obj, '__await__')):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False


_iscoroutine_typecache = {types.CoroutineType}


def _format_coroutine(coro):
    """main() running at FILE:LINE, or main() done, defined at FILE:LINE, as task reprs show it."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    coro_name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None) or getattr(coro, 'gi_running', False)
        return f'{coro_name} running' if running else coro_name
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{coro_name} running at {filename}:{frame.f_lineno}'
    return f'{coro_name} done, defined at {filename}:{code.co_firstlineno}'


import functools
_partial_type = functools.partial
