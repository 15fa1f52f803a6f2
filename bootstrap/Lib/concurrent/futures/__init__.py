"""Run callables asynchronously and collect their results: Future, Executor, wait, as_completed and
ThreadPoolExecutor, as CPython's concurrent.futures. ProcessPoolExecutor is not available: PyPack
programs have no interpreter to start in a worker process."""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    if name == 'ProcessPoolExecutor':
        raise ImportError("concurrent.futures.ProcessPoolExecutor is not supported by PyPack "
                          "(a compiled program cannot start Python worker processes); use ThreadPoolExecutor")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
