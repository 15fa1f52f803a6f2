using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Tarfile;

/// <summary>
/// tarfile.TarInfo: one member's header fields as attributes a program may read and set, the type
/// tests (isfile, isdir, ...), and tobuf() to make its header blocks.
/// </summary>
internal sealed class PyTarInfo : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private static readonly NativeSignature InitSignature = new("TarInfo.__init__", ["self", "name"], 1);

    private readonly Dictionary<string, PyObject> _attributes = new(StringComparer.Ordinal);

    public PyTarInfo(string name)
    {
        Set("name", new PyStr(name));
        Set("mode", PyInt.From(0x1A4));
        Set("uid", PyInt.From(0));
        Set("gid", PyInt.From(0));
        Set("size", PyInt.From(0));
        Set("mtime", PyInt.From(0));
        Set("chksum", PyInt.From(0));
        Set("type", PyBytes.Of("0"u8.ToArray()));
        Set("linkname", PyStr.Empty);
        Set("uname", PyStr.Empty);
        Set("gname", PyStr.Empty);
        Set("devmajor", PyInt.From(0));
        Set("devminor", PyInt.From(0));
        Set("offset", PyInt.From(0));
        Set("offset_data", PyInt.From(0));
        Set("pax_headers", new PyDict());
        Set("sparse", PyNone.Instance);
        Set("tarfile", PyNone.Instance);
    }

    public override PyType Type => TypeObject;

    public void Set(string name, PyObject value) => _attributes[name] = value;

    public PyObject Get(string name) => _attributes[name];

    public string Str(string name) => Operations.Text.Str(_attributes[name]);

    public long Long(string name) => ModuleArgs.Int(_attributes[name]);

    public string Name => Str("name");

    public byte TypeFlag => _attributes["type"] is PyBytes { Count: > 0 } b ? b.Data[0] : (byte)0;

    public bool IsReg => TypeFlag is (byte)'0' or 0 or (byte)'7' or (byte)'S';
    public bool IsDir => TypeFlag == (byte)'5';
    public bool IsSym => TypeFlag == (byte)'2';
    public bool IsLnk => TypeFlag == (byte)'1';

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "path" => _attributes["name"],
        "linkpath" => _attributes["linkname"],
        _ => _attributes.TryGetValue(name, out var v) ? v : null,
    };

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        _attributes[name switch { "path" => "name", "linkpath" => "linkname", _ => name }] = value;
        return true;
    }

    public override string Repr() => $"<TarInfo {StrRepr.Of(Name)} at 0x{Identity.Of(this):x}>";

    public PyTarInfo Copy()
    {
        var copy = new PyTarInfo("");
        foreach (var (k, v) in _attributes) copy._attributes[k] = v;
        return copy;
    }

    private static PyType CreateType()
    {
        var type = new PyType("TarInfo", null) { Module = "tarfile" };
        type.Constructor = static (args, kw) =>
        {
            var a = new PyObject?[InitSignature.Slots];
            InitSignature.Bind(PyNone.Instance, args, kw, a);
            return new PyTarInfo(a[1] is null ? "" : Operations.Text.Str(a[1]!));
        };
        static PyTarInfo Self(PyObject o) => (PyTarInfo)o;
        type.Method("isfile", static self => PyBool.From(Self(self).IsReg));
        type.Method("isreg", static self => PyBool.From(Self(self).IsReg));
        type.Method("isdir", static self => PyBool.From(Self(self).IsDir));
        type.Method("issym", static self => PyBool.From(Self(self).IsSym));
        type.Method("islnk", static self => PyBool.From(Self(self).IsLnk));
        type.Method("ischr", static self => PyBool.From(Self(self).TypeFlag == (byte)'3'));
        type.Method("isblk", static self => PyBool.From(Self(self).TypeFlag == (byte)'4'));
        type.Method("isfifo", static self => PyBool.From(Self(self).TypeFlag == (byte)'6'));
        type.Method("isdev", static self => PyBool.From(Self(self).TypeFlag is (byte)'3' or (byte)'4' or (byte)'6'));
        type.Method("issparse", static self => PyBool.From(Self(self).Get("sparse") is not PyNone));
        type.Method("tobuf", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("tobuf", args, kw, ["format", "encoding", "errors"], 0);
            var format = a[0] is null ? 2 : ModuleArgs.Int(a[0]!);
            return PyBytes.Of(TarHeader.Build(Self(self), (int)format));
        });
        return type;
    }
}
