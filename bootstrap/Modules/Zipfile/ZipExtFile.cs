using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Zipfile;

/// <summary>What ZipFile.open returns for reading: a binary file over one member's decompressed bytes.</summary>
internal sealed class ZipExtFile(string name, long compressType, byte[] data, bool fromTar = false) : PyObject
{
    public static readonly PyType TypeObject = CreateType("ZipExtFile", "zipfile");

    /// <summary>tarfile's ExFileObject: the same reader over a tar member's bytes.</summary>
    public static readonly PyType TarTypeObject = CreateType("ExFileObject", "tarfile");

    private readonly bool _fromTar = fromTar;

    private readonly string _name = name;
    private readonly byte[] _data = data;
    private int _pos;
    private bool _closed;

    public override PyType Type => _fromTar ? TarTypeObject : TypeObject;

    public override string Repr() => _fromTar ? $"<ExFileObject name={(_name.Length == 0 ? "None" : StrRepr.Of(_name))}>" : _closed
        ? "<zipfile.ZipExtFile [closed]>"
        : $"<zipfile.ZipExtFile name={StrRepr.Of(_name)} mode='r'{(compressType == 8 ? " compress_type=deflate" : "")}>";

    private void CheckOpen()
    {
        if (_closed) throw Errors.ValueError("I/O operation on closed file.");
    }

    private PyBytes Take(long n)
    {
        CheckOpen();
        var count = (int)System.Math.Min(System.Math.Max(0, _data.Length - _pos), n < 0 ? long.MaxValue : n);
        var result = _data.AsSpan(_pos, count).ToArray();
        _pos += count;
        return PyBytes.Of(result);
    }

    private PyBytes ReadLine(long limit)
    {
        CheckOpen();
        var end = _pos < _data.Length ? Array.IndexOf(_data, (byte)'\n', _pos) : -1;
        var n = end < 0 ? _data.Length - _pos : end - _pos + 1;
        return Take(limit >= 0 ? System.Math.Min(n, limit) : n);
    }

    public override PyIterator Iter()
    {
        CheckOpen();
        return new PyFunctionIterator(PyFunctionIterator.IteratorType, () =>
        {
            var line = ReadLine(-1);
            return line.Count > 0 ? line : null;
        });
    }

    private static ZipExtFile Self(PyObject o) => (ZipExtFile)o;

    private static long Size(ReadOnlySpan<PyObject> args) => args.Length == 0 || args[0] is PyNone ? -1 : Conversions.ToIndex(args[0]);

    private static PyType CreateType(string typeName, string module)
    {
        var type = new PyType(typeName, null) { Module = module };
        type.Method("read", static (self, args, kw) => Self(self).Take(Size(args)));
        type.Method("read1", static (self, args, kw) => Self(self).Take(Size(args)));
        type.Method("peek", static (self, args, kw) =>
        {
            var f = Self(self);
            f.CheckOpen();
            return PyBytes.Of(f._data.AsSpan(System.Math.Min(f._pos, f._data.Length), System.Math.Min(512, System.Math.Max(0, f._data.Length - f._pos))).ToArray());
        });
        type.Method("readline", static (self, args, kw) => Self(self).ReadLine(Size(args)));
        type.Method("readlines", static (self, args, kw) =>
        {
            var list = new PyList();
            for (var line = Self(self).ReadLine(-1); line.Count > 0; line = Self(self).ReadLine(-1)) list.Append(line);
            return list;
        });
        type.Method("tell", static self =>
        {
            Self(self).CheckOpen();
            return PyInt.From(Self(self)._pos);
        });
        type.Method("seek", static (self, args, kw) =>
        {
            var f = Self(self);
            f.CheckOpen();
            Args.Check("ZipExtFile", "seek", args, kw, 1, 2);
            var offset = Conversions.ToIndex(args[0]);
            var whence = args.Length > 1 ? Conversions.ToIndex(args[1]) : 0;
            var target = whence switch
            {
                0 => offset,
                1 => f._pos + offset,
                2 => f._data.Length + offset,
                _ => throw Errors.ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)"),
            };
            f._pos = (int)System.Math.Clamp(target, 0, f._data.Length);
            return PyInt.From(f._pos);
        });
        type.Method("close", static self =>
        {
            Self(self)._closed = true;
            return PyNone.Instance;
        });
        type.Method("readable", static self => PyBool.True);
        type.Method("writable", static self => PyBool.False);
        type.Method("seekable", static self => PyBool.True);
        type.Method("__enter__", static self => self);
        type.Method("__exit__", static (self, args, kw) =>
        {
            Self(self)._closed = true;
            return PyBool.False;
        });
        type.Property("closed", static self => PyBool.From(Self(self)._closed));
        type.Property("name", static self => new PyStr(Self(self)._name));
        type.Property("mode", static self => new PyStr("r"));
        return type;
    }
}
