using System.Linq;
using PyPack.Runtime.Modules.Binascii;
using PyPack.Runtime.Modules.Zlib;
using PyPack.Runtime.Modules.Zlib.Deflate;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Gzip;

/// <summary>
/// gzip.GzipFile: a binary file object over another one (or a named file it opens), decompressing
/// as it is read or compressing as it is written.
/// </summary>
internal sealed class PyGzipFile : PyObject
{
    public const int ReadMode = 1;
    public const int WriteMode = 2;

    public static readonly PyType TypeObject = CreateType();

    private static readonly NativeSignature InitSignature =
        new("GzipFile.__init__", ["self", "filename", "mode", "compresslevel", "fileobj", "mtime"], 5);

    private readonly PyObject _file;
    private readonly bool _ownsFile;
    private readonly int _mode;
    private readonly PyObject _name;
    private GzipReader? _reader;
    private readonly List<byte> _buffer = [];
    private int _bufferStart;
    private long _offset;
    private readonly ZlibCompressor? _compressor;
    private uint _crc;
    private long _size;
    private bool _closed;

    private PyGzipFile(PyObject file, bool ownsFile, int mode, PyObject name, int level, long? mtime)
    {
        _file = file;
        _ownsFile = ownsFile;
        _mode = mode;
        _name = name;
        if (mode == ReadMode)
        {
            _reader = NewReader();
            return;
        }
        _compressor = GzipWriter.Deflater(level);
        // The header names the file: its base name without .gz, in Latin-1 (a bytes name as it is).
        var fileName = name switch
        {
            PyStr s => Path.GetFileName(s.Value),
            PyBytes b => new string(b.Data[(b.Data.LastIndexOf((byte)'/') + 1)..].ToArray().Select(c => (char)c).ToArray()),
            _ => "",
        };
        if (fileName.EndsWith(".gz", StringComparison.Ordinal)) fileName = fileName[..^3];
        var latin1 = fileName.All(c => c < 256) ? fileName.Select(c => (byte)c).ToArray() : [];
        var when = mtime ?? (long)(DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;
        Write(GzipWriter.Header(level, when, latin1));
    }

    public override PyType Type => TypeObject;

    public PyObject Name => _name;

    public bool IsReading => _mode == ReadMode;

    public override string Repr()
    {
        var inner = _file.Repr();
        return $"<gzip {inner} 0x{Identity.Of(this):x}>";
    }

    private GzipReader NewReader() => new(size =>
    {
        var chunk = Attributes.CallMethod1(_file, "read", PyInt.From(size));
        return chunk is PyBytes b ? b.Data.ToArray() : throw Errors.TypeError($"a bytes-like object is required, not '{chunk.Type.TpName}'");
    }, detailedCrcError: true);

    private void Write(byte[] data)
    {
        if (data.Length > 0) Attributes.CallMethod1(_file, "write", PyBytes.Of(data));
    }

    public static PyGzipFile Create(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = new PyObject?[InitSignature.Slots];
        InitSignature.Bind(PyNone.Instance, args, kw, a);
        PyObject? filename = Given(a[1]), modeArg = Given(a[2]), fileobj = Given(a[4]), mtimeArg = Given(a[5]);
        var level = a[3] is null ? 9 : (int)ModuleArgs.Int(a[3]!);
        string? mode = modeArg is null ? null : Operations.Text.Str(modeArg);
        if (mode is not null && (mode.Contains('t') || mode.Contains('U'))) throw Errors.ValueError($"Invalid mode: {StrRepr.Of(mode)}");
        if (mode is { Length: > 0 } && !mode.Contains('b')) mode += "b";
        // GzipFile(path) takes an os.PathLike too; its name is then the str path.
        if (filename is not (null or PyStr or PyBytes) && filename.Type.Lookup("__fspath__") is not null) filename = Os.OsPaths.FsPath(filename);
        var owns = false;
        if (fileobj is null)
        {
            // A bytes path is opened as open() opens it (the file system encoding is UTF-8); the
            // header then names the file by those bytes, as CPython's does.
            var path = filename switch
            {
                PyStr p => p.Value,
                PyBytes b => System.Text.Encoding.UTF8.GetString(b.Data),
                _ => throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {filename?.Type.Name ?? "NoneType"}"),
            };
            fileobj = PyFile.Open(path, string.IsNullOrEmpty(mode) ? "rb" : mode, null, null, null);
            owns = true;
        }
        if (filename is null)
        {
            filename = Attributes.TryGetAttr(fileobj, "name");
            if (filename is not (PyStr or PyBytes)) filename = PyStr.Empty;
        }
        if (string.IsNullOrEmpty(mode)) mode = Attributes.TryGetAttr(fileobj, "mode") is PyStr m ? m.Value : "rb";
        int kind = mode[0] switch
        {
            'r' => ReadMode,
            'w' or 'a' or 'x' => WriteMode,
            _ => throw Errors.ValueError($"Invalid mode: {StrRepr.Of(mode)}"),
        };
        if (kind == WriteMode && level is < 0 or > 9) throw Errors.ValueError($"compresslevel must be between 0 and 9");
        long? mtime = mtimeArg is null ? null : (long)Conversions.ToIndex(mtimeArg);
        return new PyGzipFile(fileobj, owns, kind, filename, level, mtime);
    }

    private static PyObject? Given(PyObject? o) => o is null or PyNone ? null : o;

    private void CheckOpen()
    {
        if (_closed) throw Errors.ValueError("I/O operation on closed file");
    }

    private void CheckMode(int wanted, string operation)
    {
        CheckOpen();
        if (_mode != wanted)
        {
            var what = _mode == ReadMode ? "read-only" : "write-only";
            var message = new PyStr($"{operation}() on {what} GzipFile object");
            throw new Exceptions.PyOSError(Exceptions.PyOSError.TypeForErrno(9), PyTuple.Of(PyInt.From(9), message)).ToException();
        }
    }

    private int Available => _buffer.Count - _bufferStart;

    /// <summary>Decompresses until <paramref name="count"/> bytes are buffered (or the end).</summary>
    private void FillTo(long count)
    {
        while (Available < count)
        {
            var chunk = _reader!.ReadChunk();
            if (chunk.Length == 0) return;
            if (_bufferStart > 0)
            {
                _buffer.RemoveRange(0, _bufferStart);
                _bufferStart = 0;
            }
            _buffer.AddRange(chunk);
        }
    }

    private byte[] Consume(int n)
    {
        var result = _buffer.GetRange(_bufferStart, n).ToArray();
        _bufferStart += n;
        _offset += n;
        return result;
    }

    public byte[] Read(long size)
    {
        CheckMode(ReadMode, "read");
        FillTo(size < 0 ? long.MaxValue : size);
        return Consume((int)System.Math.Min(Available, size < 0 ? long.MaxValue : size));
    }

    public byte[] ReadLine(long limit)
    {
        CheckMode(ReadMode, "readline");
        var searched = 0;
        while (true)
        {
            var index = _buffer.IndexOf((byte)'\n', _bufferStart + searched);
            if (index >= 0)
            {
                var n = index - _bufferStart + 1;
                return Consume(limit >= 0 ? (int)System.Math.Min(n, limit) : n);
            }
            if (limit >= 0 && Available >= limit) return Consume((int)limit);
            searched = Available;
            var before = Available;
            FillTo(Available + 1);
            if (Available == before) return Consume(limit >= 0 ? (int)System.Math.Min(Available, limit) : Available);
        }
    }

    public long WriteData(PyObject data)
    {
        CheckMode(WriteMode, "write");
        if (data is not PyBytes b) throw Errors.TypeError($"memoryview: a bytes-like object is required, not '{data.Type.TpName}'");
        _crc = Crc32.Update(_crc, b.Data);
        _size += b.Count;
        _offset += b.Count;
        // CPython 3.11 calls the compressor only for non-empty data.
        if (b.Count > 0) Write(_compressor!.Compress(b.Data.ToArray()));
        return b.Count;
    }

    public void Close()
    {
        if (_closed) return;
        if (_mode == WriteMode)
        {
            Write(_compressor!.Flush(4).Output);
            Write(GzipWriter.Trailer(_crc, _size));
        }
        _closed = true;
        if (_ownsFile) Attributes.CallMethod0(_file, "close");
    }

    public long Seek(long offset, long whence)
    {
        CheckOpen();
        if (whence == 1) offset = _offset + offset;
        else if (whence == 2)
        {
            if (_mode == WriteMode) throw Errors.ValueError("Seek from end not supported");
            throw Errors.ValueError("Seek from end not supported");
        }
        else if (whence != 0) throw Errors.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
        if (_mode == WriteMode)
        {
            if (offset < _offset) throw Errors.Raise(Exceptions.ExceptionTypes.OSError, "Negative seek in write mode");
            WriteData(PyBytes.Of(new byte[offset - _offset]));
            return _offset;
        }
        if (offset < _offset)
        {
            // Rewind: read the compressed file again from its start.
            Attributes.CallMethod1(_file, "seek", PyInt.From(0));
            _reader = NewReader();
            _buffer.Clear();
            _bufferStart = 0;
            _offset = 0;
        }
        while (_offset < offset && Read(System.Math.Min(offset - _offset, 1 << 20)).Length > 0)
        {
        }
        return _offset;
    }

    private static PyGzipFile Self(PyObject o) => (PyGzipFile)o;

    private static long Size(ReadOnlySpan<PyObject> args) =>
        args.Length == 0 || args[0] is PyNone ? -1 : Conversions.ToIndex(args[0]);

    private static PyType CreateType()
    {
        var type = new PyType("GzipFile", null) { Module = "gzip" };
        type.Constructor = static (args, kw) => Create(args, kw);
        type.Method("read", static (self, args, kw) => PyBytes.Of(Self(self).Read(Size(args))));
        type.Method("read1", static (self, args, kw) =>
        {
            var f = Self(self);
            var size = Size(args);
            f.CheckMode(ReadMode, "read1");
            if (f.Available == 0) f.FillTo(1);
            return PyBytes.Of(f.Consume((int)System.Math.Min(f.Available, size < 0 ? long.MaxValue : size)));
        });
        type.Method("peek", static (self, args, kw) =>
        {
            var f = Self(self);
            f.CheckMode(ReadMode, "peek");
            if (f.Available == 0) f.FillTo(1);
            return PyBytes.Of(f._buffer.GetRange(f._bufferStart, f.Available).ToArray());
        });
        type.Method("readline", static (self, args, kw) => PyBytes.Of(Self(self).ReadLine(Size(args))));
        type.Method("readlines", static (self, args, kw) =>
        {
            var list = new PyList();
            for (var line = Self(self).ReadLine(-1); line.Length > 0; line = Self(self).ReadLine(-1)) list.Append(PyBytes.Of(line));
            return list;
        });
        type.Method("write", static (self, data) => PyInt.From(Self(self).WriteData(data)));
        type.Method("close", static self =>
        {
            Self(self).Close();
            return PyNone.Instance;
        });
        type.Method("flush", static (self, args, kw) =>
        {
            var f = Self(self);
            var a = ModuleArgs.Bind("flush", args, kw, ["zlib_mode"], 0);
            f.CheckOpen();
            if (f._mode == WriteMode)
            {
                var mode = a[0] is null ? 2 : (int)ModuleArgs.Int(a[0]!);
                var (output, status) = f._compressor!.Flush(mode);
                if (status == Deflater.StreamError) throw Errors.Raise(ZlibModule.Error, "Error -2 while flushing: inconsistent stream state");
                f.Write(output);
                Attributes.TryGetAttr(f._file, "flush")?.Call0();
            }
            return PyNone.Instance;
        });
        type.Method("tell", static self =>
        {
            Self(self).CheckOpen();
            return PyInt.From(Self(self)._offset);
        });
        type.Method("seek", static (self, args, kw) =>
        {
            Args.Check("GzipFile", "seek", args, kw, 1, 2);
            return PyInt.From(Self(self).Seek(Conversions.ToIndex(args[0]), args.Length > 1 ? Conversions.ToIndex(args[1]) : 0));
        });
        type.Method("rewind", static self =>
        {
            Self(self).Seek(0, 0);
            return PyNone.Instance;
        });
        type.Method("readable", static self => PyBool.From(Self(self)._mode == ReadMode));
        type.Method("writable", static self => PyBool.From(Self(self)._mode == WriteMode));
        type.Method("seekable", static self => PyBool.True);
        type.Method("fileno", static self => Attributes.CallMethod0(Self(self)._file, "fileno"));
        type.Method("__enter__", static self =>
        {
            Self(self).CheckOpen();
            return self;
        });
        type.Method("__exit__", static (self, args, kw) =>
        {
            Self(self).Close();
            return PyBool.False;
        });
        type.Method("__iter__", static self =>
        {
            Self(self).CheckOpen();
            return self;
        });
        type.Method("__next__", static self =>
        {
            var line = Self(self).ReadLine(-1);
            return line.Length > 0 ? PyBytes.Of(line) : throw Exceptions.ExceptionTypes.FactoryOf(Exceptions.ExceptionTypes.StopIteration)(Exceptions.ExceptionTypes.StopIteration, PyTuple.Empty).ToException();
        });
        type.Property("closed", static self => PyBool.From(Self(self)._closed));
        type.Property("name", static self => Self(self)._name);
        type.Property("mode", static self => PyInt.From(Self(self)._mode));
        type.Property("fileobj", static self => Self(self)._closed ? PyNone.Instance : Self(self)._file);
        type.Property("mtime", static self => Self(self)._reader?.LastMtime is { } m ? PyInt.From(m) : PyNone.Instance);
        return type;
    }

    public override PyIterator Iter()
    {
        CheckOpen();
        return new PyFunctionIterator(PyFunctionIterator.IteratorType, () =>
        {
            var line = ReadLine(-1);
            return line.Length > 0 ? PyBytes.Of(line) : null;
        });
    }
}
