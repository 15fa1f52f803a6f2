using System.Linq;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Binascii;
using PyPack.Runtime.Modules.Os;
using PyPack.Runtime.Modules.Zlib;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;
using static PyPack.Runtime.Modules.Zipfile.ZipFormat;

namespace PyPack.Runtime.Modules.Zipfile;

/// <summary>
/// zipfile.ZipFile in modes 'r', 'w', 'x' and 'a', over a path or a binary file object. The
/// archive's bytes are kept in memory (<see cref="_image"/>); entries are written to the file as
/// they are added, with the same header fields CPython writes, and the central directory on close.
/// </summary>
internal sealed class PyZipFile : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private static readonly NativeSignature InitSignature =
        new("ZipFile.__init__", ["self", "file", "mode", "compression", "allowZip64", "compresslevel"], 4, ["strict_timestamps", "metadata_encoding"]);

    private readonly PyObject _file;
    private readonly string _mode;
    private readonly int _compression;
    private readonly int? _compressLevel;
    private readonly List<byte> _image = [];
    private readonly List<PyZipInfo> _infos = [];
    private readonly Dictionary<string, PyZipInfo> _byName = new(StringComparer.Ordinal);
    private PyObject? _fp;
    private bool _ownsFp;
    private long _base;
    private bool _modified;
    private bool _closed;

    private PyZipFile(PyObject file, string mode, int compression, int? level)
    {
        _file = file;
        _mode = mode;
        _compression = compression;
        _compressLevel = level;
    }

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string name) => name == "comment" ? Comment : null;

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (name != "comment") return false;
        if (value is not PyBytes { IsByteArray: false } b) throw Errors.TypeError($"comment: expected bytes, got {value.Type.TpName}");
        Comment = b;
        _modified = true;
        return true;
    }

    public string Mode => _mode;

    public PyObject FileArgument => _file;

    public PyObject Fp => _closed ? PyNone.Instance : _fp ?? _file;

    public bool Closed => _closed;

    public PyBytes Comment { get; set; } = PyBytes.Empty;

    public override string Repr()
    {
        if (_closed) return "<zipfile.ZipFile [closed]>";
        var what = _file is PyStr s ? $"filename={StrRepr.Of(s.Value)}" : $"file={_file.Repr()}";
        return $"<zipfile.ZipFile {what} mode={StrRepr.Of(_mode)}>";
    }

    public static PyZipFile Create(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = new PyObject?[InitSignature.Slots];
        InitSignature.Bind(PyNone.Instance, args, kw, a);
        var mode = a[2] is null ? "r" : Text.Str(a[2]!);
        if (mode is not ("r" or "w" or "x" or "a")) throw Errors.ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'");
        var compression = a[3] is null ? 0 : (int)ModuleArgs.Int(a[3]!);
        if (compression is not (0 or 8))
        {
            throw compression is 12 or 14
                ? Errors.NotImplemented("bzip2 and lzma compression in zipfile")
                : Errors.Raise(Exceptions.ExceptionTypes.NotImplementedError, "That compression method is not supported");
        }
        int? level = a[5] is null or PyNone ? null : (int)ModuleArgs.Int(a[5]!);
        var file = a[1]!;
        if (Attributes.TryGetAttr(file, "__fspath__") is { } fspath && file is not PyStr) file = fspath.Call0();
        var zip = new PyZipFile(file, mode, compression, level);
        zip.Open();
        return zip;
    }

    private void Open()
    {
        if (_file is PyStr path)
        {
            if (_mode == "r")
            {
                _image.AddRange(DataFileAccess.ReadBytes(path.Value));
                ReadDirectory();
                return;
            }
            if (_mode == "a")
            {
                byte[] old;
                try
                {
                    old = File.Exists(path.Value) ? File.ReadAllBytes(path.Value) : [];
                }
                catch (IOException)
                {
                    old = [];
                }
                _image.AddRange(old);
                _fp = PyFile.Open(path.Value, "wb", null, null, null);
                _ownsFp = true;
                StartAppend(rewrite: true);
                return;
            }
            _fp = PyFile.Open(path.Value, _mode + "b", null, null, null);
            _ownsFp = true;
            _modified = true;
            return;
        }
        // A file object: read it whole for 'r' and 'a'; write through it for 'w', 'x' and 'a'.
        if (_mode is "r" or "a")
        {
            Attributes.CallMethod1(_file, "seek", PyInt.From(0));
            var content = Attributes.CallMethod0(_file, "read");
            _image.AddRange(content is PyBytes b ? b.Data.ToArray() : []);
        }
        if (_mode == "r")
        {
            ReadDirectory();
            return;
        }
        _fp = _file;
        if (_mode == "a")
        {
            StartAppend(rewrite: false);
            return;
        }
        _base = Attributes.TryGetAttr(_file, "tell") is { } tell ? ModuleArgs.Int(tell.Call0()) : 0;
        _modified = true;
    }

    /// <summary>Append mode: new entries replace the old central directory (or follow data that is not a zip).</summary>
    private void StartAppend(bool rewrite)
    {
        long start;
        try
        {
            start = ReadDirectory();
        }
        catch (Exceptions.PyException e) when (e.Value.Type == ZipfileModule.BadZipFile)
        {
            _infos.Clear();
            _byName.Clear();
            start = _image.Count;
            _modified = true;
        }
        _image.RemoveRange((int)start, _image.Count - (int)start);
        if (rewrite) WriteOut([.. _image]);
        else Attributes.CallMethod1(_fp!, "seek", PyInt.From(start));
    }

    private void WriteOut(byte[] data)
    {
        if (data.Length > 0) Attributes.CallMethod1(_fp!, "write", PyBytes.Of(data));
    }

    /// <summary>Reads the end record and central directory; returns where the directory starts.</summary>
    private long ReadDirectory()
    {
        var data = _image.ToArray();
        var end = FindEndRecord(data);
        if (end < 0) throw Errors.Raise(ZipfileModule.BadZipFile, "File is not a zip file");
        var size = U32(data, end + 12);
        var offset = U32(data, end + 16);
        var commentLength = U16(data, end + 20);
        Comment = PyBytes.Of(data.AsSpan(end + 22, System.Math.Min(commentLength, data.Length - end - 22)).ToArray());
        // Data prepended to the archive (a self-extractor, say) shifts every offset.
        var concat = end - size - offset;
        var at = (int)(end - size);
        if (at < 0) throw Errors.Raise(ZipfileModule.BadZipFile, "Bad offset for central directory");
        var directoryEnd = at + size;
        while (at < directoryEnd)
        {
            if (at + CentralHeaderSize > data.Length) throw Errors.Raise(ZipfileModule.BadZipFile, "Truncated central directory");
            if (U32(data, at) != CentralSignature) throw Errors.Raise(ZipfileModule.BadZipFile, "Bad magic number for central directory");
            var flags = U16(data, at + 8);
            int nameLength = U16(data, at + 28), extraLength = U16(data, at + 30), commentLen = U16(data, at + 32);
            var name = DecodeName(data.AsSpan(at + 46, nameLength), flags);
            var info = new PyZipInfo(name, DateTuple(FromDosTime(U16(data, at + 12), U16(data, at + 14))));
            info.Set("create_version", PyInt.From(data[at + 4]));
            info.Set("create_system", PyInt.From(data[at + 5]));
            info.Set("extract_version", PyInt.From(data[at + 6]));
            info.Set("reserved", PyInt.From(data[at + 7]));
            info.Set("flag_bits", PyInt.From(flags));
            info.Set("compress_type", PyInt.From(U16(data, at + 10)));
            info.Set("CRC", PyInt.From(U32(data, at + 16)));
            info.Set("compress_size", PyInt.From(U32(data, at + 20)));
            info.Set("file_size", PyInt.From(U32(data, at + 24)));
            info.Set("volume", PyInt.From(U16(data, at + 34)));
            info.Set("internal_attr", PyInt.From(U16(data, at + 36)));
            info.Set("external_attr", PyInt.From(U32(data, at + 38)));
            info.Set("header_offset", PyInt.From(U32(data, at + 42) + concat));
            info.Set("extra", PyBytes.Of(data.AsSpan(at + 46 + nameLength, extraLength).ToArray()));
            info.Set("comment", PyBytes.Of(data.AsSpan(at + 46 + nameLength + extraLength, commentLen).ToArray()));
            _infos.Add(info);
            _byName[name] = info;
            at += CentralHeaderSize + nameLength + extraLength + commentLen;
        }
        return end - size;
    }

    public static int FindEndRecord(byte[] data)
    {
        if (data.Length < EndRecordSize) return -1;
        var last = data.Length - EndRecordSize;
        if (U32(data, last) == EndSignature && U16(data, last + 20) == 0) return last;
        var limit = System.Math.Max(0, data.Length - (1 << 16) - EndRecordSize);
        for (var i = last; i >= limit; i--)
        {
            if (U32(data, i) == EndSignature && i + EndRecordSize + U16(data, i + 20) <= data.Length) return i;
        }
        return -1;
    }

    private static PyTuple DateTuple(int[] dt) => PyTuple.FromArray(dt.Select(v => (PyObject)PyInt.From(v)).ToArray());

    private void CheckOpen(string what)
    {
        if (_closed) throw Errors.ValueError($"Attempt to {what} ZIP archive that was already closed");
    }

    public IReadOnlyList<PyZipInfo> Infos => _infos;

    public PyZipInfo GetInfo(PyObject member)
    {
        if (member is PyZipInfo info) return info;
        var name = Text.Str(member);
        return _byName.TryGetValue(name, out var found)
            ? found
            : throw Errors.KeyError(new PyStr($"There is no item named {StrRepr.Of(name)} in the archive"));
    }

    /// <summary>A member's decompressed bytes, checked against its CRC-32.</summary>
    public byte[] Read(PyObject member)
    {
        CheckOpen("use");
        var info = GetInfo(member);
        var data = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_image);
        var at = (int)(info.Long("header_offset") - _base);
        if (at < 0 || at + LocalHeaderSize > data.Length) throw Errors.Raise(ZipfileModule.BadZipFile, "Truncated file header");
        if (U32(data, at) != LocalSignature) throw Errors.Raise(ZipfileModule.BadZipFile, "Bad magic number for file header");
        var flags = U16(data, at + 6);
        int nameLength = U16(data, at + 26), extraLength = U16(data, at + 28);
        var rawName = data.Slice(at + 30, nameLength);
        var name = DecodeName(rawName, flags);
        var original = Text.Str(info.Get("orig_filename"));
        if (name != original)
        {
            throw Errors.Raise(ZipfileModule.BadZipFile, $"File name in directory {StrRepr.Of(original)} and header {PyBytes.Of(rawName.ToArray()).Repr()} differ.");
        }
        if ((info.Long("flag_bits") & 1) != 0) throw Errors.RuntimeError($"File {StrRepr.Of(info.Filename)} is encrypted, password required for extraction");
        var start = at + 30 + nameLength + extraLength;
        var size = (int)info.Long("compress_size");
        if (start + size > data.Length) throw Errors.Raise(Exceptions.ExceptionTypes.EOFError, "");
        var payload = data.Slice(start, size).ToArray();
        byte[] result;
        switch (info.Long("compress_type"))
        {
            case 0:
                result = payload;
                break;
            case 8:
                {
                    var inflater = new ZlibDecompressor(-15);
                    result = inflater.Decompress(payload, 0);
                    break;
                }
            default:
                throw Errors.Raise(Exceptions.ExceptionTypes.NotImplementedError, "That compression method is not supported");
        }
        if (Crc32.Update(0, result) != (uint)info.Long("CRC")) throw Errors.Raise(ZipfileModule.BadZipFile, $"Bad CRC-32 for file {StrRepr.Of(info.Filename)}");
        return result;
    }

    private void WriteCheck()
    {
        if (_mode is not ("w" or "x" or "a")) throw Errors.ValueError("write() requires mode 'w', 'x', or 'a'");
        CheckOpen("write to");
    }

    /// <summary>Adds a member with its data: the local header, then the (compressed) bytes.</summary>
    public void WriteMember(PyZipInfo info, byte[] data, int? level)
    {
        WriteCheck();
        var compressType = info.Long("compress_type");
        byte[] payload = compressType switch
        {
            0 => data,
            8 => Deflate(data, level ?? _compressLevel ?? -1),
            _ => throw Errors.Raise(Exceptions.ExceptionTypes.NotImplementedError, "That compression method is not supported"),
        };
        info.Set("file_size", PyInt.From(data.Length));
        info.Set("compress_size", PyInt.From(payload.Length));
        info.Set("CRC", PyInt.From(Crc32.Update(0, data)));
        info.Set("flag_bits", PyInt.From(0));
        if (info.Long("external_attr") == 0) info.Set("external_attr", PyInt.From(0x180L << 16));
        info.Set("header_offset", PyInt.From(_base + _image.Count));
        var (name, flags) = EncodeName(info.Filename, 0);
        var extra = info.Get("extra") is PyBytes e ? e.Data.ToArray() : [];
        var (time, date) = DosTime(info.DateTime);
        var header = new List<byte>();
        U32(header, LocalSignature);
        header.Add((byte)info.Long("extract_version"));
        header.Add((byte)info.Long("reserved"));
        U16(header, flags);
        U16(header, compressType);
        U16(header, time);
        U16(header, date);
        U32(header, info.Long("CRC"));
        U32(header, payload.Length);
        U32(header, data.Length);
        U16(header, name.Length);
        U16(header, extra.Length);
        header.AddRange(name);
        header.AddRange(extra);
        header.AddRange(payload);
        _image.AddRange(header);
        WriteOut([.. header]);
        _infos.Add(info);
        _byName[info.Filename] = info;
        _modified = true;
    }

    /// <summary>What zipfile's compressobj(level, DEFLATED, -15) gives for data written in one piece, then flushed.</summary>
    private static byte[] Deflate(byte[] data, int level)
    {
        var compressor = new ZlibCompressor(level, -15);
        return [.. compressor.Compress(data), .. compressor.Flush(4).Output];
    }

    public PyZipInfo NewInfo(string arcname)
    {
        var now = DateTime.Now;
        var info = new PyZipInfo(arcname, DateTuple([now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second]));
        info.Set("compress_type", PyInt.From(_compression));
        if (arcname.EndsWith('/'))
        {
            info.Set("external_attr", PyInt.From((0x41FDL << 16) | 0x10));
        }
        else
        {
            info.Set("external_attr", PyInt.From(0x180L << 16));
        }
        return info;
    }

    public int? DefaultLevel => _compressLevel;

    public int Compression => _compression;

    public void Close()
    {
        if (_closed) return;
        if (_mode != "r" && _modified)
        {
            var directory = new List<byte>();
            foreach (var info in _infos)
            {
                var (name, flags) = EncodeName(info.Filename, info.Long("flag_bits"));
                var extra = info.Get("extra") is PyBytes e ? e.Data.ToArray() : [];
                var comment = info.Get("comment") is PyBytes c ? c.Data.ToArray() : [];
                var (time, date) = DosTime(info.DateTime);
                U32(directory, CentralSignature);
                directory.Add((byte)info.Long("create_version"));
                directory.Add((byte)info.Long("create_system"));
                directory.Add((byte)info.Long("extract_version"));
                directory.Add((byte)info.Long("reserved"));
                U16(directory, flags);
                U16(directory, info.Long("compress_type"));
                U16(directory, time);
                U16(directory, date);
                U32(directory, info.Long("CRC"));
                U32(directory, info.Long("compress_size"));
                U32(directory, info.Long("file_size"));
                U16(directory, name.Length);
                U16(directory, extra.Length);
                U16(directory, comment.Length);
                U16(directory, 0);
                U16(directory, info.Long("internal_attr"));
                U32(directory, info.Long("external_attr"));
                U32(directory, info.Long("header_offset"));
                directory.AddRange(name);
                directory.AddRange(extra);
                directory.AddRange(comment);
            }
            var start = _base + _image.Count;
            U32(directory, EndSignature);
            U16(directory, 0);
            U16(directory, 0);
            U16(directory, _infos.Count);
            U16(directory, _infos.Count);
            U32(directory, directory.Count - 12);
            U32(directory, start);
            U16(directory, Comment.Count);
            directory.AddRange(Comment.Data);
            _image.AddRange(directory);
            WriteOut([.. directory]);
            if (!_ownsFp && _mode == "a" && Attributes.TryGetAttr(_fp!, "truncate") is { } truncate) truncate.Call0();
        }
        if (_ownsFp) Attributes.CallMethod0(_fp!, "close");
        _fp = null;
        _closed = true;
    }

    /// <summary>extract(): the member's path under <paramref name="root"/>, without drive, '.', '..' or empty parts.</summary>
    public string Extract(PyZipInfo info, string root)
    {
        var parts = info.Filename.Split('/').Where(p => p is not ("" or "." or ".."));
        var target = PosixPathModule.NormPath(PosixPathModule.Join(root, string.Join('/', parts)));
        var parent = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(parent) && !Directory.Exists(parent)) Directory.CreateDirectory(parent);
        if (info.IsDir)
        {
            if (!Directory.Exists(target)) Directory.CreateDirectory(target);
            return target;
        }
        File.WriteAllBytes(target, Read(info));
        return target;
    }

    private static PyType CreateType()
    {
        var type = new PyType("ZipFile", null) { Module = "zipfile" };
        type.Constructor = static (args, kw) => Create(args, kw);
        ZipFileMethods.Add(type);
        return type;
    }
}
