"""Format and print exceptions and their tracebacks, as CPython's traceback module does.

The frames come from the runtime (_traceback); only whole tracebacks are available, so a
`limit` other than None is refused rather than ignored.
"""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only',
           'print_exc', 'print_exception', 'print_last']

_sentinel = object()


def _check_limit(limit):
    if limit is not None:
        raise NotImplementedError("PyPack's traceback does not support 'limit' yet")


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    _check_limit(limit)
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format(value, tb, chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format_only(value).splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for part in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(part, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
