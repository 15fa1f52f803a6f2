using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Os;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Zipfile;

/// <summary>
/// The <c>zipfile</c> module: ZipFile (read, write, exclusive create, append), ZipInfo,
/// is_zipfile, ZIP_STORED and ZIP_DEFLATED, BadZipFile and LargeZipFile. No encryption, bzip2,
/// lzma, ZIP64 or zipfile.Path yet.
/// </summary>
[PythonModule("zipfile")]
[PythonExport("ZipFile")]
[PythonExport("ZipInfo")]
[PythonExport("ZipExtFile")]
[PythonExport("is_zipfile")]
[PythonExport("BadZipFile")]
[PythonExport("BadZipfile")]
[PythonExport("error")]
[PythonExport("LargeZipFile")]
[PythonExport("ZIP_STORED")]
[PythonExport("ZIP_DEFLATED")]
public static class ZipfileModule
{
    public static readonly PyType BadZipFile = Define("BadZipFile");
    public static readonly PyType LargeZipFile = Define("LargeZipFile");

    private static PyType Define(string name)
    {
        var type = new PyType(name, ExceptionTypes.Exception) { Module = "zipfile" };
        type.Constructor = (args, kw) => ExceptionTypes.FactoryOf(type)(type, PyTuple.CopyOf(args));
        return type;
    }

    private static readonly NativeSignature FromFileSignature = new("from_file", ["filename", "arcname"], 1, ["strict_timestamps"]);

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("ZipFile", PyZipFile.TypeObject);
        g.Set("ZipInfo", PyZipInfo.TypeObject);
        g.Set("ZipExtFile", ZipExtFile.TypeObject);
        g.Set("BadZipFile", BadZipFile);
        g.Set("BadZipfile", BadZipFile);
        g.Set("error", BadZipFile);
        g.Set("LargeZipFile", LargeZipFile);
        g.Set("ZIP_STORED", PyInt.From(0));
        g.Set("ZIP_DEFLATED", PyInt.From(8));
        g.Set("is_zipfile", new PyBuiltinFunction("is_zipfile", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("is_zipfile", args, kw, ["filename"], 1);
            var target = a[0]!;
            byte[] data;
            try
            {
                if (Operations.Attributes.TryGetAttr(target, "read") is not null)
                {
                    Operations.Attributes.CallMethod1(target, "seek", PyInt.From(0));
                    data = Operations.Attributes.CallMethod0(target, "read") is PyBytes b ? b.Data.ToArray() : [];
                }
                else
                {
                    data = DataFileAccess.ReadBytes(Operations.Text.Str(target));
                }
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.OSError))
            {
                return PyBool.False;
            }
            return PyBool.From(PyZipFile.FindEndRecord(data) >= 0);
        }));
    }

    internal static PyObject InfoFromFile(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = new PyObject?[FromFileSignature.Slots];
        FromFileSignature.Bind(null, args, kw, a);
        return InfoFor(Operations.Text.Str(a[0]!), a[1] is null or PyNone ? null : Operations.Text.Str(a[1]!));
    }

    /// <summary>ZipInfo.from_file: the name in the archive, modification time and mode of a file on disk.</summary>
    internal static PyZipInfo InfoFor(string path, string? arcname)
    {
        if (!StatResults.TryStat(path, true, out var st, out var errno)) throw Errors.OSError(errno, new PyStr(path));
        var isDir = (st.Mode & 0xF000) == 0x4000;
        var mtime = DateTimeOffset.FromUnixTimeSeconds(st.MtimeSec).ToLocalTime();
        var name = PosixPathModule.NormPath(arcname ?? path).TrimStart('/');
        if (isDir) name += "/";
        var info = new PyZipInfo(name, PyTuple.Of(PyInt.From(mtime.Year), PyInt.From(mtime.Month), PyInt.From(mtime.Day), PyInt.From(mtime.Hour), PyInt.From(mtime.Minute), PyInt.From(mtime.Second)));
        info.Set("external_attr", PyInt.From(((long)(st.Mode & 0xFFFF) << 16) | (isDir ? 0x10L : 0L)));
        info.Set("file_size", PyInt.From(isDir ? 0 : st.Size));
        return info;
    }
}
