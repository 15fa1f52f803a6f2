using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Tarfile;

/// <summary>
/// The <c>tarfile</c> module: open (plain and gzip, read/write/append/exclusive), TarFile, TarInfo,
/// is_tarfile, the type and format constants, the extraction filters and the TarError family. bz2 through
/// the _bz2 codec (whole archive at once); no xz (PyPack has no lzma).
/// </summary>
[PythonModule("tarfile")]
[PythonExport("open")]
[PythonExport("TarFile")]
[PythonExport("TarInfo")]
[PythonExport("ExFileObject")]
[PythonExport("is_tarfile")]
[PythonExport("TarError")]
[PythonExport("ReadError")]
[PythonExport("CompressionError")]
[PythonExport("StreamError")]
[PythonExport("ExtractError")]
[PythonExport("HeaderError")]
[PythonExport("FilterError")]
[PythonExport("AbsolutePathError")]
[PythonExport("OutsideDestinationError")]
[PythonExport("SpecialFileError")]
[PythonExport("AbsoluteLinkError")]
[PythonExport("LinkOutsideDestinationError")]
[PythonExport("fully_trusted_filter")]
[PythonExport("tar_filter")]
[PythonExport("data_filter")]
[PythonExport("REGTYPE")]
[PythonExport("AREGTYPE")]
[PythonExport("LNKTYPE")]
[PythonExport("SYMTYPE")]
[PythonExport("CHRTYPE")]
[PythonExport("BLKTYPE")]
[PythonExport("DIRTYPE")]
[PythonExport("FIFOTYPE")]
[PythonExport("CONTTYPE")]
[PythonExport("GNUTYPE_LONGNAME")]
[PythonExport("GNUTYPE_LONGLINK")]
[PythonExport("GNUTYPE_SPARSE")]
[PythonExport("XHDTYPE")]
[PythonExport("XGLTYPE")]
[PythonExport("USTAR_FORMAT")]
[PythonExport("GNU_FORMAT")]
[PythonExport("PAX_FORMAT")]
[PythonExport("DEFAULT_FORMAT")]
[PythonExport("ENCODING")]
[PythonExport("BLOCKSIZE")]
[PythonExport("RECORDSIZE")]
[PythonExport("NUL")]
public static class TarfileModule
{
    public static readonly PyType TarError = Define("TarError", ExceptionTypes.Exception);
    public static readonly PyType ReadError = Define("ReadError", TarError);
    public static readonly PyType CompressionError = Define("CompressionError", TarError);
    public static readonly PyType StreamError = Define("StreamError", TarError);
    public static readonly PyType ExtractError = Define("ExtractError", TarError);
    public static readonly PyType HeaderError = Define("HeaderError", TarError);
    public static readonly PyType FilterError = Define("FilterError", TarError);
    public static readonly PyType AbsolutePathError = Define("AbsolutePathError", FilterError);
    public static readonly PyType OutsideDestinationError = Define("OutsideDestinationError", FilterError);
    public static readonly PyType SpecialFileError = Define("SpecialFileError", FilterError);
    public static readonly PyType AbsoluteLinkError = Define("AbsoluteLinkError", FilterError);
    public static readonly PyType LinkOutsideDestinationError = Define("LinkOutsideDestinationError", FilterError);

    private static PyType Define(string name, PyType baseType)
    {
        var type = new PyType(name, baseType) { Module = "tarfile" };
        type.Constructor = (args, kw) => ExceptionTypes.FactoryOf(type)(type, PyTuple.CopyOf(args));
        return type;
    }

    private static readonly (string Name, string Flag)[] Types =
    [
        ("REGTYPE", "0"), ("AREGTYPE", "\0"), ("LNKTYPE", "1"), ("SYMTYPE", "2"), ("CHRTYPE", "3"), ("BLKTYPE", "4"),
        ("DIRTYPE", "5"), ("FIFOTYPE", "6"), ("CONTTYPE", "7"), ("GNUTYPE_LONGNAME", "L"), ("GNUTYPE_LONGLINK", "K"),
        ("GNUTYPE_SPARSE", "S"), ("XHDTYPE", "x"), ("XGLTYPE", "g"),
    ];

    private static readonly NativeSignature OpenSignature =
        new("open", ["name", "mode", "fileobj", "bufsize"], 4, ["format", "compresslevel", "encoding", "errors", "dereference", "ignore_zeros"]);

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        foreach (var t in new[] { TarError, ReadError, CompressionError, StreamError, ExtractError, HeaderError, FilterError, AbsolutePathError,
                     OutsideDestinationError, SpecialFileError, AbsoluteLinkError, LinkOutsideDestinationError })
        {
            g.Set(t.Name, t);
        }
        g.Set("fully_trusted_filter", ExtractionFilters.FullyTrusted);
        g.Set("tar_filter", ExtractionFilters.Tar);
        g.Set("data_filter", ExtractionFilters.Data);
        foreach (var (name, flag) in Types) g.Set(name, PyBytes.Of([(byte)flag[0]]));
        g.Set("USTAR_FORMAT", PyInt.From(0));
        g.Set("GNU_FORMAT", PyInt.From(1));
        g.Set("PAX_FORMAT", PyInt.From(2));
        g.Set("DEFAULT_FORMAT", PyInt.From(2));
        g.Set("ENCODING", new PyStr("utf-8"));
        g.Set("BLOCKSIZE", PyInt.From(TarHeader.BlockSize));
        g.Set("RECORDSIZE", PyInt.From(TarHeader.RecordSize));
        g.Set("NUL", PyBytes.Of([0]));
        g.Set("TarFile", PyTarFile.TypeObject);
        g.Set("TarInfo", PyTarInfo.TypeObject);
        g.Set("ExFileObject", Zipfile.ZipExtFile.TarTypeObject);
        g.Set("open", new PyBuiltinFunction("open", static (args, kw) => Open(args, kw)));
        g.Set("is_tarfile", new PyBuiltinFunction("is_tarfile", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("is_tarfile", args, kw, ["name"], 1);
            try
            {
                var target = a[0]!;
                if (Operations.Attributes.TryGetAttr(target, "read") is not null)
                {
                    var pos = Operations.Attributes.CallMethod0(target, "tell");
                    PyTarFile.Open(null, "r", target, 2, 9).Close();
                    Operations.Attributes.CallMethod1(target, "seek", pos);
                }
                else
                {
                    PyTarFile.Open(target, "r", null, 2, 9).Close();
                }
                return PyBool.True;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TarError))
            {
                return PyBool.False;
            }
        }));
    }

    private static PyObject Open(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = new PyObject?[OpenSignature.Slots];
        OpenSignature.Bind(null, args, kw, a);
        PyObject? name = a[0] is null or PyNone ? null : a[0];
        if (name is not null and not PyStr && Operations.Attributes.TryGetAttr(name, "__fspath__") is { } fspath) name = fspath.Call0();
        var mode = a[1] is null ? "r" : Operations.Text.Str(a[1]!);
        var fileobj = a[2] is null or PyNone ? null : a[2];
        var format = a[4] is null or PyNone ? 2 : (int)ModuleArgs.Int(a[4]!);
        var level = a[5] is null ? 9 : (int)ModuleArgs.Int(a[5]!);
        if (a[6] is PyStr enc && !enc.Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) throw Errors.NotImplemented("tarfile encodings other than utf-8");
        for (var i = 7; i < 10; i++)
        {
            if (a[i] is not null && Operations.Truth.IsTrue(a[i]!) && i != 7) throw Errors.NotImplemented("tarfile.open's dereference and ignore_zeros options");
        }
        return PyTarFile.Open(name, mode, fileobj, format, level);
    }
}
