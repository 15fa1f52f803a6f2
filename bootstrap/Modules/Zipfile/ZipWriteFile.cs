using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Zipfile;

/// <summary>What ZipFile.open(name, "w") returns: collects the member's bytes and adds the member when closed.</summary>
internal sealed class ZipWriteFile(PyZipFile zip, PyZipInfo info) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyZipFile _zip = zip;
    private readonly PyZipInfo _info = info;
    private readonly List<byte> _data = [];
    private bool _closed;

    public override PyType Type => TypeObject;

    private static ZipWriteFile Self(PyObject o) => (ZipWriteFile)o;

    private void Close()
    {
        if (_closed) return;
        _closed = true;
        _zip.WriteMember(_info, [.. _data], null);
    }

    private static PyType CreateType()
    {
        var type = new PyType("_ZipWriteFile", null) { Module = "zipfile" };
        type.Method("write", static (self, data) =>
        {
            var f = Self(self);
            if (f._closed) throw Errors.ValueError("I/O operation on closed file.");
            if (data is not PyBytes b) throw Errors.TypeError($"a bytes-like object is required, not '{data.Type.TpName}'");
            f._data.AddRange(b.Data);
            return PyInt.From(b.Count);
        });
        type.Method("close", static self =>
        {
            Self(self).Close();
            return PyNone.Instance;
        });
        type.Method("flush", static self => PyNone.Instance);
        type.Method("writable", static self => PyBool.True);
        type.Method("readable", static self => PyBool.False);
        type.Method("seekable", static self => PyBool.False);
        type.Method("__enter__", static self => self);
        type.Method("__exit__", static (self, args, kw) =>
        {
            Self(self).Close();
            return PyBool.False;
        });
        type.Property("closed", static self => PyBool.From(Self(self)._closed));
        return type;
    }
}
