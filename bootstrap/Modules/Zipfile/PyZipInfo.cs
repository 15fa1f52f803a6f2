using System.Linq;
using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Zipfile;

/// <summary>
/// zipfile.ZipInfo: one archive member's metadata, as plain attributes a program may read and set
/// (filename, date_time, compress_type, external_attr, CRC, sizes, header_offset, ...).
/// </summary>
internal sealed class PyZipInfo : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private static readonly NativeSignature InitSignature = new("ZipInfo.__init__", ["self", "filename", "date_time"], 2);

    private readonly Dictionary<string, PyObject> _attributes = new(StringComparer.Ordinal);

    public PyZipInfo(string filename, PyObject dateTime)
    {
        // Like CPython: cut at a NUL, and use '/' as the separator.
        var nul = filename.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0) filename = filename[..nul];
        Set("orig_filename", new PyStr(filename));
        Set("filename", new PyStr(filename));
        Set("date_time", dateTime);
        Set("compress_type", PyInt.From(0));
        Set("comment", PyBytes.Empty);
        Set("extra", PyBytes.Empty);
        Set("create_system", PyInt.From(3));
        Set("create_version", PyInt.From(20));
        Set("extract_version", PyInt.From(20));
        Set("reserved", PyInt.From(0));
        Set("flag_bits", PyInt.From(0));
        Set("volume", PyInt.From(0));
        Set("internal_attr", PyInt.From(0));
        Set("external_attr", PyInt.From(0));
        Set("header_offset", PyInt.From(0));
        Set("CRC", PyInt.From(0));
        Set("compress_size", PyInt.From(0));
        Set("file_size", PyInt.From(0));
    }

    public override PyType Type => TypeObject;

    public void Set(string name, PyObject value) => _attributes[name] = value;

    public PyObject Get(string name) => _attributes[name];

    public long Long(string name) => ModuleArgs.Int(_attributes[name]);

    public string Filename => Operations.Text.Str(_attributes["filename"]);

    public int[] DateTime
    {
        get
        {
            var parts = Operations.Iteration.ToArray(_attributes["date_time"]);
            return parts.Take(6).Select(p => (int)ModuleArgs.Int(p)).ToArray();
        }
    }

    public bool IsDir => Filename.EndsWith('/');

    public override PyObject? GetOwnAttribute(string name) =>
        _attributes.TryGetValue(name, out var v) ? v : name == "__dict__" ? null : null;

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        _attributes[name] = value;
        return true;
    }

    public override string Repr()
    {
        var sb = new StringBuilder();
        sb.Append("<ZipInfo filename=").Append(Get("filename").Repr());
        var compressType = Long("compress_type");
        if (compressType != 0) sb.Append(" compress_type=").Append(compressType == 8 ? "deflate" : compressType.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var external = Long("external_attr");
        long hi = external >> 16, lo = external & 0xFFFF;
        if (hi != 0) sb.Append(" filemode=").Append(StrRepr.Of(FileMode(hi)));
        if (lo != 0) sb.Append(" external_attr=0x").Append(lo.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        var fileSize = Long("file_size");
        var compressSize = Long("compress_size");
        if (!IsDir || fileSize != 0) sb.Append(" file_size=").Append(fileSize);
        if ((!IsDir || compressSize != 0) && (compressType != 0 || fileSize != compressSize)) sb.Append(" compress_size=").Append(compressSize);
        return sb.Append('>').ToString();
    }

    /// <summary>stat.filemode: '-rw-r--r--' from st_mode bits.</summary>
    public static string FileMode(long mode)
    {
        var kind = (mode & 0xF000) switch
        {
            0xC000 => 's',
            0xA000 => 'l',
            0x8000 => '-',
            0x6000 => 'b',
            0x4000 => 'd',
            0x2000 => 'c',
            0x1000 => 'p',
            _ => '?',
        };
        var sb = new StringBuilder().Append(kind);
        (long Bit, char Set)[] perms = [(0x100, 'r'), (0x80, 'w'), (0x40, 'x'), (0x20, 'r'), (0x10, 'w'), (0x8, 'x'), (0x4, 'r'), (0x2, 'w'), (0x1, 'x')];
        for (var i = 0; i < 9; i++)
        {
            var c = (mode & perms[i].Bit) != 0 ? perms[i].Set : '-';
            // setuid, setgid and sticky replace the x of their group.
            if (i == 2 && (mode & 0x800) != 0) c = c == 'x' ? 's' : 'S';
            if (i == 5 && (mode & 0x400) != 0) c = c == 'x' ? 's' : 'S';
            if (i == 8 && (mode & 0x200) != 0) c = c == 'x' ? 't' : 'T';
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static PyType CreateType()
    {
        var type = new PyType("ZipInfo", null) { Module = "zipfile" };
        type.Constructor = static (args, kw) =>
        {
            var a = new PyObject?[InitSignature.Slots];
            InitSignature.Bind(PyNone.Instance, args, kw, a);
            var name = a[1] is null ? "NoName" : Operations.Text.Str(a[1]!);
            var dateTime = a[2] ?? PyTuple.Of(PyInt.From(1980), PyInt.From(1), PyInt.From(1), PyInt.From(0), PyInt.From(0), PyInt.From(0));
            var year = ModuleArgs.Int(Operations.Subscript.GetItem(dateTime, PyInt.From(0)));
            if (year < 1980) throw Errors.ValueError("ZIP does not support timestamps before 1980");
            return new PyZipInfo(name, dateTime);
        };
        type.Method("is_dir", static self => PyBool.From(((PyZipInfo)self).IsDir));
        type.StaticFunction("from_file", static (args, kw) => ZipfileModule.InfoFromFile(args, kw));
        return type;
    }
}
