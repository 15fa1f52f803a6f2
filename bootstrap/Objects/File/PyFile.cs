using System.Text;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A file from open(): text or binary, read/write/append. Reads load the file once through
/// <see cref="DataFileAccess"/> (so embedded data files are served like files on disk); writes go
/// to a buffered FileStream. Text is decoded and encoded with <see cref="Codecs"/>.
/// </summary>
public sealed class PyFile : PyObject
{
    public static readonly PyType TextType = FileMethods.CreateType("TextIOWrapper");
    public static readonly PyType BinaryReaderType = FileMethods.CreateType("BufferedReader");
    public static readonly PyType BinaryWriterType = FileMethods.CreateType("BufferedWriter");

    private readonly string? _text;      // text read: the whole decoded content
    private readonly byte[]? _bytes;     // binary read
    private int _pos;
    private readonly Stream? _out;
    private readonly string? _newline;   // null: universal newlines
    private long _byteLength;            // read: the size of the file on disk
    private int _readFd = -1;            // read: the descriptor fileno() opened
    private SeenNewlines _seenNewlines;  // read, newline None or "": the line endings of the whole text
    private bool _textRead;              // a read has decoded text (CPython's newlines is None before)
    private long _readFdOffset;          // where CPython's buffered reader would have left it

    private PyFile(string path, string mode, bool binary, bool reading, string encoding, string errors, string? newline, Stream? output, string? text, byte[]? bytes)
    {
        Name = path;
        Mode = mode;
        IsBinary = binary;
        Reading = reading;
        Encoding = encoding;
        Errors_ = errors;
        _newline = newline;
        _out = output;
        _text = text;
        _bytes = bytes;
    }

    public string Name { get; }
    public string Mode { get; }
    public bool IsBinary { get; }
    public bool Reading { get; }
    public string Encoding { get; }
    private string Errors_ { get; }
    public bool Closed { get; private set; }

    public override PyType Type => IsBinary ? (Reading ? BinaryReaderType : BinaryWriterType) : TextType;

    public override string Repr() => IsBinary
        ? $"<_io.{Type.Name} name={StrRepr.Of(Name)}>"
        : $"<_io.TextIOWrapper name={StrRepr.Of(Name)} mode={StrRepr.Of(Mode)} encoding={StrRepr.Of(Encoding)}>";

    /// <summary>
    /// A text file over bytes that are not a file on disk (gzip.open in text mode): the decoded
    /// <paramref name="content"/> to read, or an <paramref name="output"/> stream to encode into.
    /// </summary>
    public static PyFile OpenText(string name, string mode, string? encoding, string? errors, string? newline, byte[]? content, Stream? output)
    {
        if (newline is not (null or "" or "\n" or "\r" or "\r\n")) throw Errors.ValueError($"illegal newline value: {newline}");
        var enc = encoding ?? "UTF-8";
        if (Codecs.Normalize(enc) is null) throw Errors.Raise(Exceptions.ExceptionTypes.LookupError, $"unknown encoding: {enc}");
        var err = errors ?? "strict";
        if (content is null) return new PyFile(name, mode, false, false, enc, err, newline, output, null, null);
        var text = DecodedText(content, enc, err, newline, out var seen);
        return new PyFile(name, mode, false, true, enc, err, newline, null, text, null) { _seenNewlines = seen };
    }

    /// <summary>open()'s checks of its mode and the text arguments, with CPython's messages; true for a binary mode.</summary>
    /// <summary>The text a reading file serves: decoded, without a UTF-16/32 BOM, line endings translated under universal newlines.</summary>
    private static string DecodedText(byte[] data, string encoding, string errors, string? newline, out SeenNewlines seen)
    {
        var text = Codecs.Decode(PyBytes.Of(data), encoding, errors);
        if (text.Length > 0 && text[0] == '\uFEFF' && Codecs.Normalize(encoding) is "utf-16" or "utf-32") text = text[1..];
        seen = default;
        if (newline is null or "") seen.Scan(text);
        if (newline is null) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text;
    }

    /// <summary>
    /// <c>newlines</c>: None until a read decodes text, then the line endings met. CPython decodes
    /// in 8 KB chunks and PyPack all at once, so they differ only for a file over 8 KB whose first
    /// chunk lacks a kind of ending found later.
    /// </summary>
    public PyObject Newlines => _textRead ? _seenNewlines.ToPython() : PyNone.Instance;

    internal static bool CheckMode(string mode, string? encoding, string? errors, string? newline)
    {
        var kinds = 0;
        for (var i = 0; i < mode.Length; i++)
        {
            var c = mode[i];
            if (c is 'r' or 'w' or 'a' or 'x') kinds++;
            if ("rwaxbt+".IndexOf(c) < 0 || mode.IndexOf(c, i + 1) >= 0) kinds = -1;
        }
        if (kinds < 0) throw Errors.ValueError($"invalid mode: '{mode}'");
        if (kinds != 1) throw Errors.ValueError("must have exactly one of create/read/write/append mode");
        var binary = mode.Contains('b');
        if (binary && mode.Contains('t')) throw Errors.ValueError("can't have text and binary mode at once");
        if (binary && encoding is not null) throw Errors.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors is not null) throw Errors.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not null) throw Errors.ValueError("binary mode doesn't take a newline argument");
        if (newline is not (null or "" or "\n" or "\r" or "\r\n")) throw Errors.ValueError($"illegal newline value: {newline}");
        return binary;
    }

    /// <summary>open(file, mode, buffering, encoding, errors, newline).</summary>
    public static PyFile Open(string path, string mode, string? encoding, string? errors, string? newline)
    {
        var binary = CheckMode(mode, encoding, errors, newline);
        var enc = encoding ?? "UTF-8";
        if (!binary && Codecs.Normalize(enc) is null) throw Errors.Raise(Exceptions.ExceptionTypes.LookupError, $"unknown encoding: {enc}");
        var err = errors ?? "strict";
        // .NET rejects an empty path with ArgumentException; the OS (and CPython) says ENOENT.
        if (path.Length == 0) throw DataFileAccess.NotFound(path);
        DroppedWriters.Settle(path);
        if (mode.Contains('r'))
        {
            if (Directory.Exists(path)) throw Errors.Raise(Exceptions.ExceptionTypes.IsADirectoryError, $"[Errno 21] Is a directory: '{path}'");
            var data = DataFileAccess.ReadBytes(path);
            if (binary) return new PyFile(path, mode, true, true, enc, err, newline, null, null, data) { _byteLength = data.Length };
            var text = DecodedText(data, enc, err, newline, out var seen);
            return new PyFile(path, mode, false, true, enc, err, newline, null, text, null) { _byteLength = data.Length, _seenNewlines = seen };
        }
        // A real descriptor, written at its own offset (see FdStream); not inherited by children (PEP 446).
        var flags = 1 | 0x40 | 0x80000 | (mode.Contains('w') ? 0x200 : mode.Contains('a') ? 0x400 : 0x80);
        var fd = Modules.Os.Posix.Open(path, flags, 0x1B6);
        if (fd < 0) throw Errors.OSError(Modules.Os.Posix.Errno, new PyStr(path));
        // CPython's FileIO starts an append-mode file at its end, so tell() gives the size.
        if (mode.Contains('a')) Modules.Os.Posix.Lseek(fd, 0, 2);
        // CPython's buffer size (io.DEFAULT_BUFFER_SIZE).
        Stream stream = new BufferedStream(new FdStream(fd), 8192);
        var file = new PyFile(path, mode, binary, false, enc, err, newline, stream, null, null);
        DroppedWriters.Add(file, stream, path);
        return file;
    }

    private void CheckOpen()
    {
        if (Closed) throw Errors.ValueError("I/O operation on closed file.");
    }

    private void CheckReadable()
    {
        CheckOpen();
        if (!Reading) throw Errors.Raise(Exceptions.ExceptionTypes.UnsupportedOperation, "not readable");
        if (_readFd >= 0)
        {
            // The content was read at open(); if another process consumed the descriptor since,
            // CPython would read from where it left off, which this file cannot.
            if (Modules.Os.Posix.Lseek(_readFd, 0, 1) != _readFdOffset)
            {
                throw Errors.NotImplemented("reading a file whose descriptor another process has read from");
            }
            // CPython's first read fills an 8192-byte buffer: a small file is then read to its end.
            if (_byteLength > 8192) throw Errors.NotImplemented("reading a file larger than 8192 bytes after fileno()");
            _readFdOffset = _byteLength;
            Modules.Os.Posix.Lseek(_readFd, _readFdOffset, 0);
        }
    }

    /// <summary>fileno(): the OS descriptor (opened on first use for a file being read).</summary>
    public int FileNo()
    {
        if (Closed) throw Errors.ValueError("I/O operation on closed file");
        if (_out is BufferedStream { UnderlyingStream: FdStream written }) return written.Fd;
        if (!Reading || !File.Exists(Name)) throw Errors.NotImplemented("fileno() of a file not opened from disk by open()");
        if (_readFd >= 0) return _readFd;
        // CPython reads in 8192-byte chunks; only a small file has a known offset after a read.
        if (_pos > 0 && _byteLength > 8192) throw Errors.NotImplemented("fileno() after a partial read of a file larger than 8192 bytes");
        var fd = Modules.Os.Posix.Open(Name, 0x80000, 0);
        if (fd < 0) throw Errors.OSError(Modules.Os.Posix.Errno, new PyStr(Name));
        _readFd = fd;
        _readFdOffset = _pos > 0 ? _byteLength : 0;
        Modules.Os.Posix.Lseek(fd, _readFdOffset, 0);
        return fd;
    }

    public PyObject Read(long size)
    {
        CheckReadable();
        if (IsBinary)
        {
            var n = size < 0 ? Math.Max(0, _bytes!.Length - _pos) : (int)Math.Max(0, Math.Min(size, _bytes!.Length - _pos));
            if (n == 0) return PyBytes.Empty;
            var chunk = _bytes.AsSpan(_pos, n).ToArray();
            _pos += n;
            return PyBytes.Of(chunk);
        }
        var text = _text!;
        _textRead = true;
        if (size < 0)
        {
            var rest = text[_pos..];
            _pos = text.Length;
            return new PyStr(rest);
        }
        // size counts code points.
        var start = _pos;
        for (long k = 0; k < size && _pos < text.Length; k++)
        {
            _pos += char.IsHighSurrogate(text[_pos]) && _pos + 1 < text.Length ? 2 : 1;
        }
        return new PyStr(text[start.._pos]);
    }

    /// <summary>The next line with its ending, or empty at the end.</summary>
    public PyObject ReadLine(long limit = -1)
    {
        CheckReadable();
        if (IsBinary)
        {
            var b = _bytes!;
            if (_pos >= b.Length) return PyBytes.Empty;
            var end = Array.IndexOf(b, (byte)'\n', _pos);
            end = end < 0 ? b.Length : end + 1;
            if (limit >= 0) end = (int)Math.Min(end, _pos + limit);
            var line = b.AsSpan(_pos, end - _pos).ToArray();
            _pos = end;
            return PyBytes.Of(line);
        }
        var t = _text!;
        _textRead = true;
        if (_pos >= t.Length) return PyStr.Empty;
        int stop;
        if (_newline is null or "\n")
        {
            var i = t.IndexOf('\n', _pos);
            stop = i < 0 ? t.Length : i + 1;
        }
        else if (_newline == "")
        {
            var i = t.IndexOfAny(['\r', '\n'], _pos);
            stop = i < 0 ? t.Length : t[i] == '\r' && i + 1 < t.Length && t[i + 1] == '\n' ? i + 2 : i + 1;
        }
        else
        {
            var i = t.IndexOf(_newline, _pos, StringComparison.Ordinal);
            stop = i < 0 ? t.Length : i + _newline.Length;
        }
        if (limit >= 0) stop = (int)Math.Min(stop, _pos + limit);
        var s = t[_pos..stop];
        _pos = stop;
        return new PyStr(s);
    }

    public long Write(PyObject data)
    {
        CheckOpen();
        if (_out is null) throw Errors.Raise(Exceptions.ExceptionTypes.UnsupportedOperation, "not writable");
        if (IsBinary)
        {
            if (data is not PyBytes b) throw Errors.TypeError($"a bytes-like object is required, not '{data.Type.TpName}'");
            _out.Write(b.Data);
            return b.Count;
        }
        if (data is not PyStr s) throw Errors.TypeError($"write() argument must be str, not {data.Type.TpName}");
        var text = s.Value;
        if (_newline is not (null or "" or "\n")) text = text.Replace("\n", _newline, StringComparison.Ordinal);
        _out.Write(Codecs.Encode(new PyStr(text), Encoding, Errors_).Data);
        return s.CodePointCount;
    }

    /// <summary>tell(): the position in a binary file read, or the bytes written so far.</summary>
    public long Tell()
    {
        CheckOpen();
        if (_out is not null)
        {
            _out.Flush();
            return _out.Position;
        }
        if (!IsBinary) throw Errors.NotImplemented("tell() on files opened in text mode");
        return _pos;
    }

    /// <summary>seek(offset, whence) in a binary file opened for reading, or any file open() opened for writing.</summary>
    public long Seek(long offset, long whence)
    {
        CheckOpen();
        if (_out is BufferedStream { UnderlyingStream: FdStream written }) return SeekWritten(written.Fd, offset, whence);
        if (_out is not null || !IsBinary) throw Errors.NotImplemented("seek() on files opened in text mode for reading, or written through another stream");
        var target = whence switch
        {
            0 => offset,
            1 => _pos + offset,
            2 => _bytes!.Length + offset,
            _ => throw Errors.ValueError($"whence value {whence} unsupported"),
        };
        if (target < 0) throw Errors.Raise(Exceptions.ExceptionTypes.OSError, "[Errno 22] Invalid argument");
        _pos = (int)System.Math.Min(target, int.MaxValue);
        return _pos;
    }

    /// <summary>
    /// Seeking a file being written: the buffer goes out first, then the descriptor moves. A text
    /// file only takes the positions CPython's TextIOWrapper takes (start + n, current, end).
    /// </summary>
    private long SeekWritten(int fd, long offset, long whence)
    {
        if (!IsBinary)
        {
            if (whence is < 0 or > 2) throw Errors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            if (whence == 1 && offset != 0) throw Errors.Raise(Exceptions.ExceptionTypes.UnsupportedOperation, "can't do nonzero cur-relative seeks");
            if (whence == 2 && offset != 0) throw Errors.Raise(Exceptions.ExceptionTypes.UnsupportedOperation, "can't do nonzero end-relative seeks");
            if (offset < 0) throw Errors.ValueError($"negative seek position {offset}");
        }
        else if (whence is < 0 or > 4)
        {
            // 3 and 4 are SEEK_DATA and SEEK_HOLE, which CPython hands to lseek too.
            throw Errors.ValueError($"whence value {whence} unsupported");
        }
        _out!.Flush();
        var position = Modules.Os.Posix.Lseek(fd, offset, (int)whence);
        if (position < 0) throw Errors.OSError(Modules.Os.Posix.Errno);
        return position;
    }

    public void Flush()
    {
        CheckOpen();
        _out?.Flush();
    }

    public void Close()
    {
        if (Closed) return;
        if (_out is not null) DroppedWriters.Remove(_out);
        _out?.Flush();
        _out?.Dispose();
        if (_readFd >= 0) Modules.Os.Posix.Close(_readFd);
        Closed = true;
    }

    /// <summary>As CPython frees a file nothing holds: closed, and a failing write is not raised.</summary>
    internal void CloseDropped()
    {
        try
        {
            Close();
        }
        catch (PyException)
        {
            Closed = true;
        }
    }

    public override PyIterator Iter()
    {
        CheckReadable();
        return new PyFunctionIterator(PyFunctionIterator.IteratorType, () =>
        {
            var line = ReadLine();
            return line.Length() == 0 ? null : line;
        });
    }
}
