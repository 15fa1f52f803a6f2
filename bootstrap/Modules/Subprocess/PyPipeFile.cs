using System.Text;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Subprocess;

/// <summary>
/// A file object over a pipe's file descriptor (Popen.stdin, .stdout, .stderr): binary, or text
/// with universal newlines as CPython's TextIOWrapper reads them. Reads are buffered and block
/// only until the data asked for has arrived; writes go straight to the pipe.
/// </summary>
public sealed class PyPipeFile : PyIterator
{
    public static readonly PyType BinaryReaderType = PipeFileMethods.CreateType("BufferedReader");
    public static readonly PyType BinaryWriterType = PipeFileMethods.CreateType("BufferedWriter");
    public static readonly PyType TextType = PipeFileMethods.CreateType("TextIOWrapper");

    private readonly byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;
    private bool _eof;
    private readonly StringBuilder _text = new();   // decoded text not yet returned
    private readonly List<byte> _undecoded = [];      // bytes of an incomplete UTF-8 sequence
    private bool _pendingCarriageReturn;
    private readonly object _drainLock = new();
    private MemoryStream? _drained;
    private bool _drainDone;

    public PyPipeFile(int fd, bool reading, bool text, string encoding, string errors)
    {
        Fd = fd;
        Reading = reading;
        IsText = text;
        Encoding = encoding;
        Errors_ = errors;
    }

    public int Fd { get; }
    public bool Reading { get; }
    public bool IsText { get; }
    public string Encoding { get; }
    public string Errors_ { get; }
    public bool Closed { get; private set; }

    /// <summary>Unbuffered (open(fd, "rb", buffering=0)): read(n) returns what one read(2) gives.</summary>
    public bool Raw { get; init; }

    /// <summary>The reader communicate() started: everything up to the end of the pipe.</summary>
    public Task? Drain { get; private set; }

    /// <summary>The writer communicate() started: the input, then close.</summary>
    public Task? Feed { get; set; }

    public override PyType Type => IsText ? TextType : Reading ? BinaryReaderType : BinaryWriterType;

    public override string Repr() => IsText
        ? $"<_io.TextIOWrapper name={Fd} encoding={StrRepr.Of(Encoding)}>"
        : $"<_io.{Type.Name} name={Fd}>";

    public void CheckOpen()
    {
        if (Closed) throw Errors.ValueError(IsText ? "I/O operation on closed file." : Reading ? "read of closed file" : "write to closed file");
    }

    private void CheckReadable()
    {
        CheckOpen();
        if (!Reading) throw Errors.Raise(ExceptionTypes.UnsupportedOperation, IsText ? "not readable" : "read");
    }

    /// <summary>Reads what the pipe has (at least one byte) into the buffer; false at the end.</summary>
    private unsafe bool Fill()
    {
        if (_start < _end) return true;
        if (_eof) return false;
        _start = _end = 0;
        while (true)
        {
            nint n;
            int errno;
            // Other Python threads run while this one waits for the child to write.
            var gil = Hosting.Gil.Release();
            try
            {
                fixed (byte* p = _buffer) n = PosixSpawn.Read(Fd, p, _buffer.Length);
                errno = n < 0 ? PosixSpawn.Errno : 0;
            }
            finally
            {
                Hosting.Gil.Reacquire(gil);
            }
            if (n > 0)
            {
                _end = (int)n;
                return true;
            }
            if (n == 0)
            {
                _eof = true;
                return false;
            }
            if (errno != 4) throw Errors.OSError(errno);
        }
    }

    public PyBytes ReadBytes(long size)
    {
        CheckReadable();
        var result = new MemoryStream();
        while ((size < 0 || result.Length < size) && Fill())
        {
            var take = size < 0 ? _end - _start : (int)Math.Min(_end - _start, size - result.Length);
            result.Write(_buffer, _start, take);
            _start += take;
            if (Raw && size >= 0) break;
        }
        return PyBytes.Of(result.ToArray());
    }

    public PyBytes ReadLineBytes(long limit)
    {
        CheckReadable();
        var result = new MemoryStream();
        while ((limit < 0 || result.Length < limit) && Fill())
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline + 1;
            if (limit >= 0) stop = (int)Math.Min(stop, _start + limit - result.Length);
            result.Write(_buffer, _start, stop - _start);
            _start = stop;
            if (newline >= 0 && stop == newline + 1) break;
        }
        return PyBytes.Of(result.ToArray());
    }

    /// <summary>Decodes one more chunk into the text buffer, newlines translated; false at the end.</summary>
    private bool FillText()
    {
        var more = Fill();
        byte[] chunk;
        if (more)
        {
            _undecoded.AddRange(_buffer.AsSpan(_start, _end - _start).ToArray());
            _start = _end;
            // Keep an incomplete UTF-8 sequence at the end for the next chunk.
            var complete = Codecs.Normalize(Encoding) == "utf-8" ? CompleteUtf8Length(_undecoded) : _undecoded.Count;
            chunk = _undecoded.GetRange(0, complete).ToArray();
            _undecoded.RemoveRange(0, complete);
        }
        else
        {
            chunk = [.. _undecoded];
            _undecoded.Clear();
        }
        var text = Codecs.Decode(PyBytes.Of(chunk), Encoding, Errors_);
        if (_pendingCarriageReturn)
        {
            text = "\r" + text;
            _pendingCarriageReturn = false;
        }
        // A "\r" at the end may be the first half of "\r\n".
        if (more && text.EndsWith('\r'))
        {
            _pendingCarriageReturn = true;
            text = text[..^1];
        }
        _text.Append(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        return more || _text.Length > 0 && chunk.Length > 0;
    }

    private static int CompleteUtf8Length(List<byte> bytes)
    {
        var n = bytes.Count;
        for (var back = 1; back <= 3 && back <= n; back++)
        {
            var b = bytes[n - back];
            if ((b & 0xC0) == 0x80) continue;
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? n - back : n;
        }
        return n;
    }

    public PyStr ReadText(long size)
    {
        CheckReadable();
        while ((size < 0 || _text.Length < size) && FillText())
        {
        }
        var take = size < 0 ? _text.Length : (int)Math.Min(size, _text.Length);
        if (take > 0 && take < _text.Length && char.IsHighSurrogate(_text[take - 1])) take++;
        var s = _text.ToString(0, take);
        _text.Remove(0, take);
        return new PyStr(s);
    }

    public PyStr ReadLineText(long limit)
    {
        CheckReadable();
        int newline;
        while ((newline = IndexOfNewline()) < 0 && (limit < 0 || _text.Length < limit) && FillText())
        {
        }
        var take = newline >= 0 ? newline + 1 : _text.Length;
        if (limit >= 0) take = (int)Math.Min(take, limit);
        var s = _text.ToString(0, take);
        _text.Remove(0, take);
        return new PyStr(s);
    }

    private int IndexOfNewline()
    {
        for (var i = 0; i < _text.Length; i++)
        {
            if (_text[i] == '\n') return i;
        }
        return -1;
    }

    public PyObject Read(long size) => IsText ? ReadText(size) : ReadBytes(size);

    public PyObject ReadLine(long limit) => IsText ? ReadLineText(limit) : ReadLineBytes(limit);

    public override PyObject? Next()
    {
        var line = ReadLine(-1);
        return line.Length() == 0 ? null : line;
    }

    public long Write(PyObject data)
    {
        CheckOpen();
        if (Reading) throw Errors.Raise(ExceptionTypes.UnsupportedOperation, IsText ? "not writable" : "write");
        if (IsText)
        {
            if (data is not PyStr s) throw Errors.TypeError($"write() argument must be str, not {data.Type.TpName}");
            WriteAll(Codecs.Encode(s, Encoding, Errors_).Data);
            return s.CodePointCount;
        }
        var bytes = BytesMethods.BytesLike(data, "a bytes-like object is required, not '{0}'");
        WriteAll(bytes);
        return bytes.Length;
    }

    public unsafe void WriteAll(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            var done = 0;
            while (done < data.Length)
            {
                var n = PosixSpawn.Write(Fd, p + done, data.Length - done);
                if (n >= 0)
                {
                    done += (int)n;
                    continue;
                }
                var errno = PosixSpawn.Errno;
                if (errno != 4) throw Errors.OSError(errno);
            }
        }
    }

    /// <summary>Starts reading the rest of the pipe in the background (what is buffered first).</summary>
    public void StartDrain()
    {
        if (Drain is not null) return;
        _drained = new MemoryStream();
        if (IsText) _drained.Write(Codecs.Encode(new PyStr(_text.ToString()), Encoding, "surrogateescape").Data);
        _text.Clear();
        _drained.Write([.. _undecoded]);
        _undecoded.Clear();
        Drain = Task.Run(() =>
        {
            while (!Closed && Fill())
            {
                lock (_drainLock) _drained.Write(_buffer, _start, _end - _start);
                _start = _end;
            }
            // A close() while this read was blocked left the descriptor to be closed here, so the
            // number cannot be reused under a read still in flight.
            lock (_drainLock)
            {
                _drainDone = true;
                if (Closed) PosixSpawn.Close(Fd);
            }
        });
    }

    /// <summary>What the drain has read so far.</summary>
    public byte[] Drained()
    {
        lock (_drainLock) return _drained?.ToArray() ?? [];
    }

    public void Close()
    {
        lock (_drainLock)
        {
            if (Closed) return;
            Closed = true;
            if (Drain is null || _drainDone) PosixSpawn.Close(Fd);
        }
    }
}
