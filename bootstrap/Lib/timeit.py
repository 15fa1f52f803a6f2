"""Timing small pieces of code: Timer, timeit() and repeat() over a callable.

CPython also accepts the statement as a str and compiles it; a PyPack program is compiled ahead
of time and cannot compile source at run time, so a str statement or setup (other than an empty
one or 'pass', which do nothing) raises NotImplementedError. Pass a callable instead, for
example timeit.timeit(lambda: sorted(data), number=1000).
"""

import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _nothing():
    pass


def _as_callable(code, what):
    if isinstance(code, str):
        if code.strip() in ('', 'pass'):
            return _nothing
        raise NotImplementedError(
            "timeit: the %s %r is a str, which would need compiling at run time; "
            "PyPack compiles programs ahead of time and cannot, pass a callable instead" % (what, code))
    if callable(code):
        return code
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Times stmt (a callable) after running setup once per timing."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._setup = _as_callable(setup, "setup")
        self._stmt = _as_callable(stmt, "stmt")

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def inner(self, it, timer):
        self._setup()
        stmt = self._stmt
        start = timer()
        for _ in it:
            stmt()
        return timer() - start

    def timeit(self, number=default_number):
        """The time number runs of the statement took, in the timer's unit (seconds)."""
        return self.inner(itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat timings, each of number runs."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Runs 1, 2, 5, 10, 20, 50... times until one timing reaches 0.2 s: (number, time)."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    """The command line (python -m timeit): its statements are strs, so not available."""
    raise NotImplementedError(
        "timeit.main: the command line times statements given as str, which PyPack cannot "
        "compile at run time")
