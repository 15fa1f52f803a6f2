"""traceback: the native functions (_traceback) plus StackSummary and TracebackException.

The functions format exactly what the runtime prints for an uncaught exception. The classes are
written for PyPack from their documented interface; TracebackException formats through the
same native functions, so its text is the runtime's.
"""
import sys

from _traceback import (print_exc, format_exc, print_exception, format_exception,
                        format_exception_only, print_tb, format_tb, extract_tb, format_list,
                        print_list, FrameSummary, extract_stack, format_stack, print_stack,
                        walk_stack)

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def clear_frames(tb):
    """Frames keep no locals here once they have returned: nothing to clear."""


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        frames = [FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name) for f, lineno in frame_gen]
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        return klass(frames)

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        return format_list([frame_summary])[0]

    def format(self):
        return format_list(self)


class TracebackException:
    """An exception captured for formatting later: its type, frames, chain and message."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc_value = exc_value
        self._exc_traceback = exc_traceback
        self._limit = limit
        self.stack = StackSummary(extract_tb(exc_traceback, limit=limit)) if exc_traceback is not None else StackSummary()
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=seen)
        self.__cause__ = self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **options)
            context = exc_value.__context__
            wanted = not compact or (cause is None and not self.__suppress_context__)
            if wanted and context is not None and id(context) not in seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__, **options)
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, **options)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield "None\n"
            return
        if self._exc_value is None:
            yield self.exc_type.__qualname__ + "\n"
            return
        yield from format_exception_only(self.exc_type, self._exc_value)

    def format(self, *, chain=True, _ctx=None):
        if self._exc_value is None:
            yield from self.stack.format()
            yield from self.format_exception_only()
            return
        yield from format_exception(self.exc_type, self._exc_value, self._exc_traceback,
                                    limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"
