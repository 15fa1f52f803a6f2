"""fileinput: one stream of lines over several files (or standard input), with in-place editing.

Written for PyPack from CPython 3.11's documentation and observed behaviour. FileInput opens its
files one after another as the lines are asked for; "-" stands for standard input. With
inplace=True each file is moved aside to a backup (name + backup, ".bak" by default) and standard
output goes to a new file of the original name until the next file starts; the backup is deleted
afterwards unless a backup extension was given. The module-level functions act on the one
FileInput that input() made.
"""

import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

_state = None  # the FileInput that input() made


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
    """Makes the FileInput the module-level functions use, and returns it.

    Refused while the previous one is still reading a file."""
    global _state
    if _state is not None and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    return _state


def close():
    """Closes the input() sequence (nothing happens when there is none)."""
    global _state
    current, _state = _state, None
    if current is not None:
        current.close()


def _current():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    """Skips the rest of the current file."""
    return _current().nextfile()


def filename():
    """The name of the file being read (None before the first line)."""
    return _current().filename()


def lineno():
    """The number of the last line read, counted over all the files."""
    return _current().lineno()


def filelineno():
    """The number of the last line read within its own file."""
    return _current().filelineno()


def fileno():
    """The file descriptor of the current file, -1 when none is open."""
    return _current().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _current().isfirstline()


def isstdin():
    """Whether the last line read came from standard input."""
    return _current().isstdin()


class FileInput:
    """Iterates over the lines of a list of files; see the module docstring."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        self._name = None       # the file last opened; kept after it is done
        self._file = None       # the stream lines come from, None between files
        self._from_stdin = False
        self._count = 0         # lines read over all files
        self._in_file = 0       # lines read from the current (or last) file
        self._edit = None       # (the output file, sys.stdout to restore, backup name) in place
        self._pending = []
        if files is None:
            files = sys.argv[1:]
        elif isinstance(files, str):
            files = [files]
        elif isinstance(files, os.PathLike):
            files = [os.fspath(files)]
        self._pending = list(files) or ["-"]
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._inplace = inplace
        self._backup = backup
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = []

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._read_line()
            if line:
                self._count += 1
                self._in_file += 1
                return line
            if self._file is None:
                raise StopIteration
            self.nextfile()

    def _read_line(self):
        """The next line of the current file, opening the next file when none is open; empty when
        the current file is done (or, with no file left, when everything is)."""
        if self._file is None:
            if not self._pending:
                return b"" if "b" in self._mode else ""
            self._open(self._pending.pop(0))
        return self._file.readline()

    def nextfile(self):
        """Finishes the current file: restores standard output after in-place editing, closes
        the file, and drops the backup unless one was asked for."""
        edit, self._edit = self._edit, None
        stream, self._file = self._file, None
        from_stdin, self._from_stdin = self._from_stdin, False
        if edit is not None:
            output, saved_stdout, backup_name = edit
            sys.stdout = saved_stdout
            try:
                output.close()
            finally:
                try:
                    if stream is not None:
                        stream.close()
                finally:
                    if not self._backup:
                        try:
                            os.unlink(backup_name)
                        except OSError:
                            pass
            return
        if stream is not None and not from_stdin:
            stream.close()

    def readline(self):
        """The next line over all the files; empty at the very end."""
        try:
            return next(self)
        except StopIteration:
            return b"" if "b" in self._mode else ""

    def _open(self, name):
        self._name = name
        self._in_file = 0
        if name == "-":
            self._name = "<stdin>"
            self._from_stdin = True
            self._file = sys.stdin.buffer if "b" in self._mode else sys.stdin
        elif self._inplace:
            self._open_in_place(name)
        elif self._openhook is not None:
            if self._encoding is None:
                # Hooks written before 3.10 take only (filename, mode).
                self._file = self._openhook(name, self._mode)
            else:
                self._file = self._openhook(name, self._mode, encoding=self._encoding, errors=self._errors)
        else:
            self._file = self._open_plain(name, self._mode)

    def _open_plain(self, name, mode):
        if "b" in mode:
            return open(name, mode)
        return open(name, mode, encoding=self._encoding, errors=self._errors)

    def _open_in_place(self, name):
        backup_name = name + (self._backup or ".bak")
        try:
            os.unlink(backup_name)
        except OSError:
            pass
        os.replace(name, backup_name)
        self._file = self._open_plain(backup_name, self._mode)
        # The new file gets the permissions the original had.
        permissions = os.stat(backup_name).st_mode & 0o7777
        output = self._open_plain(name, "wb" if "b" in self._mode else "w")
        try:
            os.chmod(name, permissions)
        except OSError:
            pass
        self._edit = (output, sys.stdout, backup_name)
        sys.stdout = output

    def filename(self):
        return self._name

    def lineno(self):
        return self._count

    def filelineno(self):
        return self._in_file

    def fileno(self):
        if self._file is None:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._in_file == 1

    def isstdin(self):
        return self._from_stdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that reads .gz and .bz2 files through gzip and bz2, others with open()."""
    extension = os.path.splitext(filename)[1]
    if extension == ".gz":
        import gzip
        stream = gzip.open(filename, mode)
    elif extension == ".bz2":
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if "b" in mode:
        return stream
    import io
    return io.TextIOWrapper(stream, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """An openhook that opens each file with the given encoding and error handler."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
