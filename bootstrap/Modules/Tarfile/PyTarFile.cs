using System.Linq;
using System.Globalization;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Bz2;
using PyPack.Runtime.Modules.Gzip;
using PyPack.Runtime.Modules.Os;
using PyPack.Runtime.Modules.Zipfile;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Tarfile;

/// <summary>
/// tarfile.TarFile: reads an archive into memory (decompressed when it is gzipped) or writes
/// members to a file object as they are added; the end-of-archive blocks and record padding on close.
/// </summary>
internal sealed class PyTarFile : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly string _mode;
    private readonly PyObject? _name;
    private readonly int _format;
    private readonly List<PyTarInfo> _members = [];
    private byte[] _data = [];
    private PyObject? _out;
    private bool _ownsOut;
    private MemoryStream? _bz2Pending;
    private int _bz2Level;
    private PyObject? _ownedFile;
    private long _offset;
    private int _next;
    private bool _closed;

    private PyTarFile(string mode, PyObject? name, int format)
    {
        _mode = mode;
        _name = name;
        _format = format;
    }

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => _name ?? PyNone.Instance,
        "mode" => new PyStr(_mode),
        "format" => PyInt.From(_format),
        "members" => new PyList(_members.Cast<PyObject>().ToArray()),
        "fileobj" => _out ?? PyNone.Instance,
        "closed" => PyBool.From(_closed),
        _ => null,
    };

    private static Exceptions.PyException ReadError(string message) => Errors.Raise(TarfileModule.ReadError, message);

    /// <summary>tarfile.open: mode "r[:*|:|:gz]", "w[:|:gz]", "x[...]" or "a[:]" on a path or a file object.</summary>
    public static PyTarFile Open(PyObject? name, string mode, PyObject? fileobj, int format, int level)
    {
        if (name is null && fileobj is null) throw Errors.ValueError("nothing to open");
        // Stream modes ('r|gz', 'w|'): the archive is read whole and written in order anyway.
        var separator = mode.IndexOfAny([':', '|']);
        var (kind, compression) = separator >= 0 ? (mode[..separator], mode[(separator + 1)..]) : (mode, "*");
        if (separator >= 0 && mode[separator] == '|' && kind is not ("r" or "w")) throw Errors.ValueError("mode must be 'r' or 'w'");
        if (kind is not ("r" or "w" or "a" or "x")) throw Errors.ValueError("undiscernible mode");
        if (kind != "r" && compression == "*") compression = "";
        if (compression is not ("*" or "" or "tar" or "gz" or "bz2" or "xz")) throw Errors.Raise(TarfileModule.CompressionError, $"unknown compression type {StrRepr.Of(compression)}");
        if (compression == "tar") compression = "";
        if (kind == "a" && compression.Length > 0) throw Errors.ValueError("mode must be 'r', 'w' or 'x'");
        if (compression == "xz") throw Errors.NotImplemented("xz compressed tar files (PyPack has no lzma)");
        var path = name is null ? null : Text.Str(name);
        var absolute = path is null ? (fileobj is not null && Attributes.TryGetAttr(fileobj, "name") is PyStr n ? new PyStr(Path.GetFullPath(n.Value)) : null) : new PyStr(Path.GetFullPath(path));
        var tar = new PyTarFile(kind, absolute, format);
        if (kind == "r")
        {
            var raw = fileobj is null ? DataFileAccess.ReadBytes(path!) : ReadWhole(fileobj);
            tar._data = compression switch
            {
                "gz" => Gunzip(raw) ?? throw ReadError("not a gzip file"),
                "bz2" => Bz2Module.TryDecompress(raw) ?? throw ReadError("not a bzip2 file"),
                "" => raw,
                _ => Detect(raw),
            };
            tar._members.AddRange(TarReader.ReadAll(tar._data));
            return tar;
        }
        if (kind == "a")
        {
            var old = fileobj is null ? (File.Exists(path) ? File.ReadAllBytes(path!) : []) : ReadWhole(fileobj);
            var members = old.Length == 0 ? [] : TarReader.ReadAll(old);
            tar._members.AddRange(members);
            var end = members.Count == 0 ? 0 : EndOf(members[^1]);
            tar._offset = end;
            if (fileobj is null)
            {
                tar._out = PyFile.Open(path!, "wb", null, null, null);
                tar._ownsOut = true;
                if (end > 0) Attributes.CallMethod1(tar._out, "write", PyBytes.Of(old[..(int)end]));
            }
            else
            {
                tar._out = fileobj;
                Attributes.CallMethod1(fileobj, "seek", PyInt.From(end));
            }
            return tar;
        }
        PyObject target = fileobj ?? PyFile.Open(path!, kind + "b", null, null, null);
        if (fileobj is null) tar._ownedFile = target;
        if (compression == "gz")
        {
            // CPython names the gzip member after the archive.
            target = PyGzipFile.TypeObject.Call([path is null ? PyNone.Instance : new PyStr(path), new PyStr(kind + "b"), PyInt.From(level), target], null);
            tar._ownsOut = true;
        }
        else if (compression == "bz2")
        {
            // The archive is compressed whole at close (one bzip2 stream, as BZ2File writes).
            if (level is < 1 or > 9) throw Errors.ValueError("compresslevel must be between 1 and 9");
            tar._bz2Pending = new MemoryStream();
            tar._bz2Level = level;
            tar._ownsOut = fileobj is null;
        }
        else
        {
            tar._ownsOut = fileobj is null;
        }
        tar._out = target;
        return tar;
    }

    private static long EndOf(PyTarInfo last)
    {
        var start = last.Long("offset_data");
        return last.IsReg ? start + TarHeader.Blocks(last.Long("size")) * TarHeader.BlockSize : start;
    }

    private static byte[] ReadWhole(PyObject file)
    {
        var content = Attributes.CallMethod0(file, "read");
        return content is PyBytes b ? b.Data.ToArray() : [];
    }

    private static byte[]? Gunzip(byte[] raw)
    {
        if (raw.Length < 2 || raw[0] != 0x1F || raw[1] != 0x8B) return null;
        try
        {
            return GzipModule.Decompress(raw);
        }
        catch (Exceptions.PyException)
        {
            return null;
        }
    }

    /// <summary>Mode "r": gzip if it is gzip, else plain tar, with CPython's summary of what each method said.</summary>
    private static byte[] Detect(byte[] raw)
    {
        var bz2 = Bz2Module.TryDecompress(raw);
        if (bz2 is not null)
        {
            try
            {
                TarReader.ReadAll(bz2);
                return bz2;
            }
            catch (Exceptions.PyException)
            {
            }
        }
        if (raw.Length >= 6 && raw[0] == 0xFD && raw[1] == '7' && raw[2] == 'z' && raw[3] == 'X' && raw[4] == 'Z') throw Errors.NotImplemented("xz compressed tar files");
        var gz = Gunzip(raw);
        string gzError;
        if (gz is not null)
        {
            try
            {
                TarReader.ReadAll(gz);
                return gz;
            }
            catch (Exceptions.PyException)
            {
                gzError = "not a gzip file";
            }
        }
        else
        {
            gzError = raw.Length == 0 ? "empty file" : "not a gzip file";
        }
        try
        {
            TarReader.ReadAll(raw);
            return raw;
        }
        catch (Exceptions.PyException e)
        {
            var tarError = Operations.Text.Str(e.Value);
            throw ReadError("file could not be opened successfully:\n" +
                $"- method gz: ReadError('{gzError}')\n- method bz2: ReadError('not a bzip2 file')\n- method xz: ReadError('not an lzma file')\n- method tar: ReadError('{tarError}')");
        }
    }

    public void Check(string modes)
    {
        if (_closed) throw Errors.Raise(Exceptions.ExceptionTypes.OSError, "TarFile is closed");
        if (!modes.Contains(_mode, StringComparison.Ordinal)) throw Errors.Raise(Exceptions.ExceptionTypes.OSError, $"bad operation for mode {StrRepr.Of(_mode)}");
    }

    /// <summary>All members; like CPython's getmembers() this loads the archive, so next() has nothing left.</summary>
    public IReadOnlyList<PyTarInfo> Members
    {
        get
        {
            Check("rawx");
            _next = _members.Count;
            return _members;
        }
    }

    public override PyIterator Iter()
    {
        var index = 0;
        return new PyFunctionIterator(PyFunctionIterator.IteratorType, () =>
        {
            if (index >= _members.Count)
            {
                _next = _members.Count;
                return null;
            }
            return _members[index++];
        });
    }

    public PyTarInfo GetMember(PyObject member)
    {
        if (member is PyTarInfo info) return info;
        var name = Text.Str(member);
        var wanted = name.TrimEnd('/');
        for (var i = _members.Count - 1; i >= 0; i--)
        {
            if (_members[i].Name == wanted) return _members[i];
        }
        throw Errors.KeyError(new PyStr($"filename {StrRepr.Of(name)} not found"));
    }

    public byte[] Content(PyTarInfo info)
    {
        // Hard links read the member they point to.
        if (info.IsLnk) info = GetMember(info.Get("linkname"));
        var start = (int)info.Long("offset_data");
        var size = (int)info.Long("size");
        if (start + size > _data.Length) throw ReadError("unexpected end of data");
        return _data.AsSpan(start, size).ToArray();
    }

    public void AddFile(PyTarInfo info, PyObject? file)
    {
        Check("awx");
        var copy = info.Copy();
        var header = TarHeader.Build(copy, _format);
        Write(header);
        _offset += header.Length;
        if (file is not null and not PyNone)
        {
            var size = copy.Long("size");
            var data = Attributes.CallMethod1(file, "read", PyInt.From(size)) is PyBytes b ? b.Data.ToArray() : [];
            if (data.Length < size) throw Errors.Raise(Exceptions.ExceptionTypes.OSError, "unexpected end of data");
            var padded = new byte[TarHeader.Blocks(size) * TarHeader.BlockSize];
            data.CopyTo(padded, 0);
            Write(padded);
            _offset += padded.Length;
        }
        _members.Add(copy);
    }

    private void Write(byte[] data)
    {
        if (_bz2Pending is not null) _bz2Pending.Write(data);
        else if (data.Length > 0) Attributes.CallMethod1(_out!, "write", PyBytes.Of(data));
    }

    public void Close()
    {
        if (_closed) return;
        _closed = true;
        if (_mode is "a" or "w" or "x")
        {
            var tail = new byte[TarHeader.BlockSize * 2];
            _offset += tail.Length;
            var remainder = _offset % TarHeader.RecordSize;
            Write(remainder > 0 ? [.. tail, .. new byte[TarHeader.RecordSize - remainder]] : tail);
            if (_bz2Pending is not null) Attributes.CallMethod1(_out!, "write", PyBytes.Of(Bz2Module.Compress(_bz2Pending.GetBuffer().AsSpan(0, (int)_bz2Pending.Length), _bz2Level)));
        }
        if (_ownsOut && _out is not null) Attributes.CallMethod0(_out, "close");
        if (_ownedFile is not null && !ReferenceEquals(_ownedFile, _out)) Attributes.CallMethod0(_ownedFile, "close");
    }

    public PyTarInfo? NextMember()
    {
        Check("ra");
        return _next < _members.Count ? _members[_next++] : null;
    }

    /// <summary>gettarinfo: a TarInfo from a file on disk (lstat), named <paramref name="arcname"/> in the archive.</summary>
    public PyTarInfo? InfoFor(string name, string? arcname)
    {
        Check("awx");
        arcname = (arcname ?? name).TrimStart('/');
        if (!StatResults.TryStat(name, false, out var st, out var errno)) throw Errors.OSError(errno, new PyStr(name));
        var info = new PyTarInfo(arcname);
        byte type;
        var linkname = "";
        switch (st.Mode & 0xF000)
        {
            case 0x8000:
                type = (byte)'0';
                break;
            case 0x4000:
                type = (byte)'5';
                break;
            case 0xA000:
                type = (byte)'2';
                linkname = new FileInfo(name).LinkTarget ?? "";
                break;
            case 0x1000:
                type = (byte)'6';
                break;
            default:
                return null;
        }
        info.Set("mode", PyInt.From(st.Mode));
        info.Set("uid", PyInt.From(st.Uid));
        info.Set("gid", PyInt.From(st.Gid));
        info.Set("size", PyInt.From(type == '0' ? st.Size : 0));
        info.Set("mtime", new PyFloat(st.MtimeSec + st.MtimeNsec * 1e-9));
        info.Set("type", PyBytes.Of([type]));
        info.Set("linkname", new PyStr(linkname));
        info.Set("uname", new PyStr(NameOf("/etc/passwd", st.Uid)));
        info.Set("gname", new PyStr(NameOf("/etc/group", st.Gid)));
        return info;
    }

    private static string NameOf(string table, uint id)
    {
        try
        {
            foreach (var line in File.ReadLines(table))
            {
                var parts = line.Split(':');
                if (parts.Length > 2 && parts[2] == id.ToString(CultureInfo.InvariantCulture)) return parts[0];
            }
        }
        catch (IOException)
        {
        }
        return "";
    }

    public void Add(string name, string? arcname, bool recursive, PyObject? filter)
    {
        Check("awx");
        arcname ??= name;
        if (_name is PyStr self && Path.GetFullPath(name) == self.Value) return;
        var info = InfoFor(name, arcname);
        if (info is null) return;
        if (filter is not null and not PyNone)
        {
            var filtered = filter.Call1(info);
            if (filtered is PyNone) return;
            info = filtered as PyTarInfo ?? throw Errors.TypeError("filter must return a TarInfo or None");
        }
        if (info.IsReg)
        {
            var file = PyFile.Open(name, "rb", null, null, null);
            try
            {
                AddFile(info, file);
            }
            finally
            {
                file.Close();
            }
        }
        else if (info.IsDir)
        {
            AddFile(info, null);
            if (recursive)
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(name).Select(Path.GetFileName).Order(StringComparer.Ordinal))
                {
                    Add(PosixPathModule.Join(name, entry!), PosixPathModule.Join(arcname, entry!), recursive, filter);
                }
            }
        }
        else
        {
            AddFile(info, null);
        }
    }

    /// <summary>Extracts one member under <paramref name="root"/> (no filter: names are used as they are).</summary>
    public void Extract(PyTarInfo info, string root, bool setAttributes)
    {
        var target = PosixPathModule.Join(root, info.Name);
        var parent = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(parent) && !Directory.Exists(parent)) Directory.CreateDirectory(parent);
        if (info.IsDir)
        {
            if (!Directory.Exists(target)) Directory.CreateDirectory(target);
        }
        else if (info.IsSym)
        {
            // Replace what is there, a dangling link included.
            if (File.Exists(target) || new FileInfo(target).LinkTarget is not null) File.Delete(target);
            File.CreateSymbolicLink(target, info.Str("linkname"));
            return;
        }
        else if (info.IsLnk)
        {
            File.WriteAllBytes(target, Content(info));
        }
        else if (info.IsReg)
        {
            File.WriteAllBytes(target, Content(info));
        }
        else
        {
            return;
        }
        if (!setAttributes) return;
        SetAttributes(info, target);
    }

    public static void SetAttributes(PyTarInfo info, string target)
    {
        // A filter may leave the mode unset (None): keep what the file got.
        if (info.Get("mode") is PyInt) _ = Posix.Chmod(target, (uint)(info.Long("mode") & 0xFFF));
        var mtime = info.Get("mtime") is PyFloat f ? f.Value : info.Long("mtime");
        var when = DateTime.UnixEpoch.AddTicks((long)(mtime * TimeSpan.TicksPerSecond));
        if (Directory.Exists(target)) Directory.SetLastWriteTimeUtc(target, when);
        else File.SetLastWriteTimeUtc(target, when);
    }

    private static PyType CreateType()
    {
        var type = new PyType("TarFile", null) { Module = "tarfile" };
        type.Constructor = static (args, kw) =>
        {
            var a = ModuleArgs.Bind("TarFile", args, kw, ["name", "mode", "fileobj", "format"], 0);
            var mode = a[1] is null ? "r" : Text.Str(a[1]!);
            if (mode.Length != 1 || "rawx".IndexOf(mode[0]) < 0) throw Errors.ValueError("mode must be 'r', 'a', 'w' or 'x'");
            var format = a[3] is null or PyNone ? 2 : (int)ModuleArgs.Int(a[3]!);
            return Open(a[0] is null or PyNone ? null : a[0], mode + ":", a[2] is null or PyNone ? null : a[2], format, 9);
        };
        TarFileMethods.Add(type);
        return type;
    }
}
