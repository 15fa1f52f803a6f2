"""Temporary files and folders: tempfile as the CPython 3.11 documentation describes it, written
for PyPack on its native half (_tempfile: the temporary folder and mkdtemp).

PyPack's open() cannot open a descriptor or a file for reading and writing at once, which
NamedTemporaryFile and TemporaryFile need ('w+b' by default), so their file objects here are
small buffered-less file classes over os.open/os.read/os.write/os.lseek. What CPython does when
a forgotten temporary object is garbage collected (remove it) happens here at exit (atexit).
"""

import atexit as _atexit
import io as _io
import os as _os
import random as _random
import shutil as _shutil

import _tempfile
from _tempfile import gettempprefix, TMP_MAX

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

# Set by a program to choose the folder; gettempdir() fills it in on first use, as CPython's does.
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_names = _random.Random()


def gettempdir():
    """The folder temporary files go to: tempfile.tempdir, else TMPDIR/TEMP/TMP, /tmp..."""
    global tempdir
    if tempdir is None:
        tempdir = _tempfile.gettempdir()
    return tempdir


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(gettempdir())


def gettempprefixb():
    """gettempprefix() as bytes."""
    return _os.fsencode(gettempprefix())


def _parts(suffix, prefix, dir):
    if isinstance(suffix, bytes) or isinstance(prefix, bytes) or isinstance(dir, bytes):
        raise NotImplementedError("PyPack's tempfile does not support bytes names yet")
    return ("" if suffix is None else suffix, gettempprefix() if prefix is None else prefix,
            gettempdir() if dir is None else _os.fspath(dir))


def _candidates(suffix, prefix, dir):
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + "".join(_names.choices(_CHARACTERS, k=8)) + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def _create(suffix, prefix, dir, flags):
    """Makes a new file with a fresh name, readable and writable by its owner only: (fd, path)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for path in _candidates(suffix, prefix, dir):
        try:
            fd = _os.open(path, flags | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a temporary file securely; returns (fd, absolute path). The caller removes it."""
    return _create(suffix, prefix, dir, _os.O_RDWR | _os.O_NOFOLLOW)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a private temporary folder; returns its absolute path. The caller removes it."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    return _tempfile.mkdtemp(suffix, prefix, dir)


def mktemp(suffix="", prefix="tmp", dir=None):
    """A name that did not exist when asked (unsafe: another process may take it first)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for path in _candidates(suffix, prefix, dir):
        if not _os.path.lexists(path):
            return path


# ---------------------------------------------------------------- files over a descriptor

class _FdFile:
    """A file object over an open descriptor, readable and writable per its mode.

    Binary modes behave as io.BufferedRandom/BufferedWriter/BufferedReader and text modes as
    io.TextIOWrapper (universal newlines on read, newline= on write), without their buffers:
    every call goes to the descriptor, so the file on disk is always up to date.
    """

    def __init__(self, fd, name, mode, encoding=None, errors=None, newline=None):
        kinds = set(mode)
        self._binary = 'b' in kinds
        self._readable = 'r' in kinds or '+' in kinds
        self._writable = bool(kinds & set('wax+'))
        self._append = 'a' in kinds
        self._fd = fd
        self.name = name
        self.closed = False
        if self._binary:
            if encoding is not None or errors is not None or newline is not None:
                raise ValueError("binary mode doesn't take an encoding argument")
            plus = '+' if '+' in kinds else ''
            if 'x' in kinds:
                self.mode = 'xb' + plus
            elif self._append:
                self.mode = 'ab' + plus
            elif self._readable and self._writable:
                self.mode = 'rb+'
            else:
                self.mode = 'rb' if self._readable else 'wb'
        else:
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError(f"illegal newline value: {newline}")
            self.mode = mode
            self.encoding = 'UTF-8' if encoding is None else encoding
            self.errors = 'strict' if errors is None else errors
            self.newlines = None
            self._seen_newlines = ()
            self._newline = newline
        if self._append:
            _os.lseek(fd, 0, _os.SEEK_END)

    def __repr__(self):
        if self._binary:
            kind = 'BufferedRandom' if self._readable and self._writable else (
                'BufferedReader' if self._readable else 'BufferedWriter')
            return f"<_io.{kind} name={self.name!r}>"
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"

    def _check(self, readable=False, writable=False):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if readable and not self._readable:
            raise _io.UnsupportedOperation("read" if self._binary else "not readable")
        if writable and not self._writable:
            raise _io.UnsupportedOperation("write" if self._binary else "not writable")

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            self._raw_close()

    # The descriptor primitives (_MemoryFile keeps the bytes in memory instead).
    def _raw_read(self, size):
        return _os.read(self._fd, size)

    def _raw_write(self, data):
        return _os.write(self._fd, data)

    def _raw_seek(self, offset, whence):
        return _os.lseek(self._fd, offset, whence)

    def _raw_truncate(self, size):
        _os.ftruncate(self._fd, size)

    def _raw_close(self):
        _os.close(self._fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._raw_seek(0, 1)

    def seek(self, offset, whence=0):
        self._check()
        if not self._binary:
            if whence == 1 and offset != 0:
                raise _io.UnsupportedOperation("can't do nonzero cur-relative seeks")
            if whence == 2 and offset != 0:
                raise _io.UnsupportedOperation("can't do nonzero end-relative seeks")
            if whence == 0 and offset < 0:
                raise ValueError(f"negative seek position {offset}")
        if whence not in (0, 1, 2):
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._raw_seek(offset, whence)

    def truncate(self, size=None):
        self._check(writable=True)
        if size is None:
            size = self.tell()
        self._raw_truncate(size)
        return size

    def _read_bytes(self, size=-1):
        if size is not None and size >= 0:
            return self._raw_read(size)
        chunks = []
        while True:
            chunk = self._raw_read(65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)

    def _write_bytes(self, data):
        if self._append:
            self._raw_seek(0, 2)
        view = data
        while view:
            written = self._raw_write(view)
            view = view[written:]

    def read(self, size=-1):
        self._check(readable=True)
        if self._binary:
            return self._read_bytes(size)
        start = self.tell()
        raw = self._read_bytes().decode(self.encoding, self.errors)
        text, used = self._translate(raw, size)
        # Leave the descriptor just after what was returned.
        self._raw_seek(start + len(raw[:used].encode(self.encoding, self.errors)), 0)
        return text

    def _translate(self, raw, size, line=False):
        """Up to size characters (all if negative) of raw with universal newlines, and how much raw they took."""
        if self._newline in (None, ''):
            self._note_newlines(raw)
        out = []
        i = n = 0
        limit = len(raw) if size is None or size < 0 else size
        while i < len(raw) and n < limit:
            ch = raw[i]
            i += 1
            if self._newline is None and ch == '\r':
                if raw.startswith('\n', i):
                    i += 1
                ch = '\n'
            out.append(ch)
            n += 1
            if line and self._ends_line(out, raw, i):
                break
        return "".join(out), i

    def _note_newlines(self, raw):
        # CPython's decoder reads ahead in 8192-byte chunks, so a small file's line endings are
        # all known after its first read; newlines lists the kinds in the order '\r', '\n', '\r\n'.
        seen = set(self._seen_newlines)
        crlf = raw.count('\r\n')
        if crlf:
            seen.add('\r\n')
        if raw.count('\r') > crlf:
            seen.add('\r')
        if raw.count('\n') > crlf:
            seen.add('\n')
        self._seen_newlines = seen
        kinds = tuple(k for k in ('\r', '\n', '\r\n') if k in seen)
        self.newlines = None if not kinds else kinds[0] if len(kinds) == 1 else kinds

    def _ends_line(self, out, raw, i):
        newline = self._newline
        if newline is None or newline == '\n':
            return out[-1] == '\n'
        if newline == '':
            return out[-1] == '\n' or (out[-1] == '\r' and not raw.startswith('\n', i))
        return "".join(out[-len(newline):]) == newline

    def readline(self, size=-1):
        self._check(readable=True)
        if self._binary:
            start = self.tell()
            data = b""
            while not data.endswith(b"\n") and (size is None or size < 0 or len(data) < size):
                chunk = self._raw_read(256)
                if not chunk:
                    break
                data += chunk
                cut = data.find(b"\n")
                if cut >= 0:
                    data = data[:cut + 1]
            if size is not None and size >= 0:
                data = data[:size]
            self._raw_seek(start + len(data), 0)
            return data
        start = self.tell()
        raw = self._read_bytes().decode(self.encoding, self.errors)
        text, used = self._translate(raw, size, line=True)
        self._raw_seek(start + len(raw[:used].encode(self.encoding, self.errors)), 0)
        return text

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def write(self, data):
        self._check(writable=True)
        if self._binary:
            if isinstance(data, str):
                raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
            data = bytes(data)
            self._write_bytes(data)
            return len(data)
        if not isinstance(data, str):
            raise TypeError(f"write() argument must be str, not {type(data).__name__}")
        text = data
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._write_bytes(text.encode(self.encoding, self.errors))
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)


def _open_fd(fd, name, mode, encoding, errors, newline):
    try:
        return _FdFile(fd, name, mode, encoding, errors, newline)
    except BaseException:
        _os.close(fd)
        raise


def _flags(mode):
    if not isinstance(mode, str) or len(set(mode)) != len(mode) or set(mode) - set('rwaxbt+'):
        raise ValueError(f"invalid mode: '{mode}'")
    if sum(mode.count(c) for c in 'rwax') != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if 'r' in mode and '+' not in mode:
        raise NotImplementedError("PyPack's tempfile cannot open a new temporary file read-only")
    flags = _os.O_RDWR if '+' in mode else _os.O_WRONLY
    if 'a' in mode:
        flags |= _os.O_APPEND
    return flags | _os.O_NOFOLLOW


class _TemporaryFileWrapper:
    """What NamedTemporaryFile returns: the file, its .name, removed on close() when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False
        if delete:
            _atexit.register(self._remove)

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def _remove(self):
        try:
            _os.unlink(self.name)
        except FileNotFoundError:
            pass

    def close(self):
        """Closes the file, and removes it if delete was true."""
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    _atexit.unregister(self._remove)
                    self._remove()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        yield from self.file


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), removed when closed if delete is true."""
    flags = _flags(mode)
    fd, path = _create(suffix, prefix, dir, flags)
    try:
        file = _open_fd(fd, path, mode, encoding, errors, newline)
    except BaseException:
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system (removed as soon as it is made)."""
    flags = _flags(mode)
    fd, path = _create(suffix, prefix, dir, flags)
    _os.unlink(path)
    # As on Linux's CPython, the file's name is its descriptor.
    return _open_fd(fd, fd, mode, encoding, errors, newline)


class _MemoryFile(_FdFile):
    """The in-memory file a SpooledTemporaryFile starts with: _FdFile's behaviour over a bytearray."""

    def __init__(self, mode, encoding, errors, newline):
        self._data = bytearray()
        self._pos = 0
        super().__init__(-1, None, mode, encoding, errors, newline)
        if self._binary:
            self.mode = mode

    def fileno(self):
        self._check()
        raise _io.UnsupportedOperation("fileno")

    def getvalue(self):
        return bytes(self._data)

    def _raw_read(self, size):
        chunk = bytes(self._data[self._pos:self._pos + size])
        self._pos += len(chunk)
        return chunk

    def _raw_write(self, data):
        end = self._pos + len(data)
        if self._pos > len(self._data):
            self._data.extend(bytes(self._pos - len(self._data)))
        self._data[self._pos:end] = data
        self._pos = end
        return len(data)

    def _raw_seek(self, offset, whence):
        base = (0, self._pos, len(self._data))[whence]
        if base + offset < 0:
            raise OSError(22, "Invalid argument")
        self._pos = base + offset
        return self._pos

    def _raw_truncate(self, size):
        del self._data[size:]

    def _raw_close(self):
        self._data = bytearray()


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past max_size (0: never) or fileno() is
    asked; then rollover() moves it to a TemporaryFile, at the same position."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' not in mode and encoding is None:
            encoding = 'UTF-8'
        self._file = _MemoryFile(mode, encoding, errors, newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Moves the content to a real temporary file (once)."""
        if self._rolled:
            return
        memory = self._file
        rolled = TemporaryFile(**self._TemporaryFileArgs)
        rolled._write_bytes(memory.getvalue())
        rolled._raw_seek(memory.tell(), 0)
        self._file = rolled
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __repr__(self):
        return object.__repr__(self)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._text_attribute('encoding')

    @property
    def errors(self):
        return self._text_attribute('errors')

    @property
    def newlines(self):
        return self._text_attribute('newlines')

    def _text_attribute(self, name):
        if self._file._binary:
            kind = 'BufferedRandom' if self._rolled else 'BytesIO'
            raise AttributeError(f"'_io.{kind}' object has no attribute '{name}'")
        return getattr(self._file, name)

    @property
    def mode(self):
        return self._file.mode

    @property
    def name(self):
        return self._file.name

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        written = file.write(s)
        self._check(file)
        return written

    def writelines(self, iterable):
        file = self._file
        file.writelines(iterable)
        self._check(file)


# ---------------------------------------------------------------- folders

class TemporaryDirectory:
    """A temporary folder (.name) removed with its contents by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False
        _atexit.register(self._finalize)

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def _rmtree(self):
        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                # a read-only entry or folder: make it writable and try again
                try:
                    if path != self.name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    if _os.path.isdir(path) and not _os.path.islink(path):
                        _shutil.rmtree(path, onerror=onerror)
                    else:
                        _os.unlink(path)
                    return
                except FileNotFoundError:
                    return
                except OSError:
                    if not self._ignore_cleanup_errors:
                        raise
                    return
            if issubclass(exc_info[0], FileNotFoundError):
                return
            if not self._ignore_cleanup_errors:
                raise exc_info[1]
        _shutil.rmtree(self.name, onerror=onerror)

    def _finalize(self):
        if not self._done:
            self._done = True
            self._rmtree()

    def cleanup(self):
        """Removes the folder and everything in it (once; later calls do nothing)."""
        if not self._done:
            self._done = True
            _atexit.unregister(self._finalize)
            if _os.path.exists(self.name):
                self._rmtree()
