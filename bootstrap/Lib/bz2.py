"""bz2: bzip2 compression as the CPython 3.11 documentation describes it, written for PyPack on
the native _bz2 (SharpZipLib). Compressed streams are valid bzip2 but not libbz2's exact bytes.

The compressor keeps its input until flush() (CPython's returns nothing either until a 900 kB
block is full); the decompressor decodes the stream it is given again from its start on each
call and hands out what is new, so its output comes block by block as CPython's does.
"""

import io as _io
import os as _os

import _bz2

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']


def _check_level(compresslevel):
    if not 1 <= compresslevel <= 9:
        raise ValueError("compresslevel must be between 1 and 9")


class BZ2Compressor:
    """Compresses data given in pieces: compress() returns b'' and flush() the whole stream."""

    def __init__(self, compresslevel=9, /):
        _check_level(compresslevel)
        self._level = compresslevel
        self._pieces = []
        self._flushed = False

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        self._pieces.append(bytes(memoryview(data)))
        return b''

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        return _bz2.compress(b''.join(self._pieces), self._level)


class BZ2Decompressor:
    """Decompresses one bzip2 stream given in pieces; what follows it ends up in unused_data."""

    def __init__(self):
        self._input = b''
        self._decoded = 0       # bytes of output already produced from _input's stream
        self._pending = b''     # output held back by max_length
        self._ended = False     # the end-of-stream marker was read
        self._rest = b''        # what followed it
        self.eof = False
        self.unused_data = b''
        self.needs_input = True

    def decompress(self, data, /, max_length=-1):
        if self.eof:
            raise EOFError("End of stream already reached")
        data = bytes(memoryview(data))
        if self._ended:
            self._rest += data
        elif data:
            self._input += data
            out, used = _bz2.decompress_stream(self._input)
            self._pending += out[self._decoded:]
            self._decoded = len(out)
            if used >= 0:
                self._ended = True
                self._rest = self._input[used:]
                self._input = b''
        if max_length is None or max_length < 0:
            result, self._pending = self._pending, b''
        else:
            result, self._pending = self._pending[:max_length], self._pending[max_length:]
        # Like CPython's, the stream counts as ended once its last output has been handed out.
        if self._ended and not self._pending:
            self.eof = True
            self.unused_data = self._rest
        self.needs_input = not self._ended and not self._pending
        return result


def compress(data, compresslevel=9):
    """The bzip2 stream of data, in one piece."""
    _check_level(compresslevel)
    return _bz2.compress(bytes(memoryview(data)), compresslevel)


def decompress(data):
    """The content of data: one or more bzip2 streams one after another."""
    data = bytes(memoryview(data))
    results = []
    while data:
        decompressor = BZ2Decompressor()
        try:
            results.append(decompressor.decompress(data))
        except OSError:
            if results:
                break  # what follows the last stream is not bzip2: it is ignored
            raise
        if not decompressor.eof:
            raise ValueError("Compressed data ended before the end-of-stream marker was reached")
        data = decompressor.unused_data
    return b''.join(results)


_READ, _WRITE = 1, 2


class BZ2File:
    """A bzip2 file: a path or a file object, read ('r') or written ('w', 'x', 'a'). Reading
    decompresses the whole content at open; writing compresses it when the file is closed."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        self._fp = None
        self._owns = False
        self._mode = 0
        _check_level(compresslevel)
        if mode in ("", "r", "rb"):
            mode, self._mode = "rb", _READ
        elif mode in ("w", "wb"):
            mode, self._mode = "wb", _WRITE
        elif mode in ("x", "xb"):
            mode, self._mode = "xb", _WRITE
        elif mode in ("a", "ab"):
            mode, self._mode = "ab", _WRITE
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        self._level = compresslevel
        if isinstance(filename, (str, bytes)) or hasattr(type(filename), "__fspath__"):
            self._fp = _builtin_open(filename, mode)
            self._owns = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._pieces = []
        self._content = b''
        self._pos = 0
        self._written = 0
        if self._mode == _READ:
            self._content = decompress(self._fp.read())

    def _check(self, wanted=0):
        if self._mode == 0:
            raise ValueError("I/O operation on closed file")
        if wanted == _READ and self._mode != _READ:
            raise _io.UnsupportedOperation("File not open for reading")
        if wanted == _WRITE and self._mode != _WRITE:
            raise _io.UnsupportedOperation("File not open for writing")

    @property
    def closed(self):
        return self._mode == 0

    def close(self):
        if self._mode == 0:
            return
        try:
            if self._mode == _WRITE:
                self._fp.write(_bz2.compress(b''.join(self._pieces), self._level))
        finally:
            try:
                if self._owns:
                    self._fp.close()
            finally:
                self._fp = None
                self._mode = 0

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check(_READ)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def fileno(self):
        self._check()
        return self._fp.fileno()

    def readable(self):
        self._check()
        return self._mode == _READ

    def writable(self):
        self._check()
        return self._mode == _WRITE

    def seekable(self):
        return self.readable() and self._fp.seekable()

    def flush(self):
        self._check()

    def read(self, size=-1):
        self._check(_READ)
        end = len(self._content) if size is None or size < 0 else min(len(self._content), self._pos + size)
        chunk = self._content[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n=0):
        self._check(_READ)
        return self._content[self._pos:]

    def readline(self, size=-1):
        self._check(_READ)
        end = self._content.find(b'\n', self._pos)
        end = len(self._content) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._content[self._pos:end]
        self._pos = max(self._pos, end)
        return line

    def readlines(self, size=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if size is not None and 0 < size <= total:
                break
        return lines

    def write(self, data):
        self._check(_WRITE)
        data = bytes(memoryview(data))
        self._pieces.append(data)
        self._written += len(data)
        return len(data)

    def writelines(self, seq):
        for data in seq:
            self.write(data)

    def seek(self, offset, whence=0):
        self._check(_READ)
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._pos + offset
        elif whence == 2:
            target = len(self._content) + offset
        else:
            raise ValueError("Invalid value for whence: %s" % (whence,))
        self._pos = min(max(target, 0), len(self._content))
        return self._pos

    def tell(self):
        self._check()
        return self._pos if self._mode == _READ else self._written


_builtin_open = open


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A BZ2File in binary modes, wrapped in io.TextIOWrapper in text modes ('rt', 'wt'...)."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    binary = BZ2File(filename, mode.replace("t", ""), compresslevel=compresslevel)
    if "t" in mode:
        return _io.TextIOWrapper(binary, encoding, errors, newline)
    return binary
