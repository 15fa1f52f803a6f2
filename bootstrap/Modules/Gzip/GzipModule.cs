using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Binascii;
using PyPack.Runtime.Modules.Zlib;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Gzip;

/// <summary>
/// The <c>gzip</c> module: compress/decompress, open (binary modes) and GzipFile, BadGzipFile.
/// Text modes ('rt', 'wt') need io.TextIOWrapper, which the runtime does not have yet.
/// </summary>
[PythonModule("gzip")]
[PythonExport("compress")]
[PythonExport("decompress")]
[PythonExport("open")]
[PythonExport("GzipFile")]
[PythonExport("BadGzipFile")]
[PythonExport("READ")]
[PythonExport("WRITE")]
public static class GzipModule
{
    public static readonly PyType BadGzipFile = CreateError();

    private static PyType CreateError()
    {
        var type = new PyType("BadGzipFile", ExceptionTypes.OSError) { Module = "gzip" };
        type.Constructor = (args, kw) => ExceptionTypes.FactoryOf(type)(type, PyTuple.CopyOf(args));
        return type;
    }

    private static readonly NativeSignature CompressSignature = new("compress", ["data", "compresslevel"], 1, ["mtime"]);
    private static readonly NativeSignature DecompressSignature = new("decompress", ["data"], 0);
    private static readonly NativeSignature OpenSignature = new("open", ["filename", "mode", "compresslevel", "encoding", "errors", "newline"], 5);

    /// <summary>Every member of a gzip file, decompressed and checked, one after another.</summary>
    internal static byte[] Decompress(byte[] data)
    {
        var offset = 0;
        var reader = new GzipReader(size =>
        {
            var n = System.Math.Min(size, data.Length - offset);
            var chunk = data.AsSpan(offset, n).ToArray();
            offset += n;
            return chunk;
        }, detailedCrcError: false);
        var output = new List<byte>();
        for (var chunk = reader.ReadChunk(); chunk.Length > 0; chunk = reader.ReadChunk()) output.AddRange(chunk);
        return [.. output];
    }

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("BadGzipFile", BadGzipFile);
        g.Set("GzipFile", PyGzipFile.TypeObject);
        g.Set("READ", PyInt.From(PyGzipFile.ReadMode));
        g.Set("WRITE", PyInt.From(PyGzipFile.WriteMode));
        g.Set("compress", new PyBuiltinFunction("compress", static (args, kw) =>
        {
            var a = new PyObject?[CompressSignature.Slots];
            CompressSignature.Bind(null, args, kw, a);
            var data = a[0] is PyBytes b ? b.Data.ToArray() : throw Errors.TypeError($"a bytes-like object is required, not '{a[0]!.Type.TpName}'");
            var level = a[1] is null ? 9 : (int)ModuleArgs.Int(a[1]!);
            var mtime = a[2] is null or PyNone ? (long?)null : Operations.Conversions.ToIndex(a[2]!);
            if (mtime == 0)
            {
                // CPython 3.11 hands mtime=0 straight to zlib, whose gzip header says OS 3 (Unix).
                if (level is < -1 or > 9) throw Errors.Raise(ZlibModule.Error, "Bad compression level");
                return PyBytes.Of(ZlibCompressor.CompressAll(data, level, 31));
            }
            if (level is < -1 or > 9) throw Errors.Raise(ZlibModule.Error, "Bad compression level");
            var when = mtime ?? (long)(DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;
            return PyBytes.Of([.. GzipWriter.Header(level, when, []), .. ZlibCompressor.CompressAll(data, level, -15), .. GzipWriter.Trailer(Crc32.Update(0, data), data.Length)]);
        }));
        g.Set("decompress", new PyBuiltinFunction("decompress", static (args, kw) =>
        {
            var a = new PyObject?[DecompressSignature.Slots];
            DecompressSignature.Bind(null, args, kw, a);
            var data = a[0] is PyBytes b ? b.Data.ToArray() : throw Errors.TypeError($"a bytes-like object is required, not '{a[0]!.Type.TpName}'");
            return PyBytes.Of(Decompress(data));
        }));
        g.Set("open", new PyBuiltinFunction("open", static (args, kw) =>
        {
            var a = new PyObject?[OpenSignature.Slots];
            OpenSignature.Bind(null, args, kw, a);
            var mode = a[1] is null ? "rb" : Operations.Text.Str(a[1]!);
            var text = mode.Contains('t');
            if (text && mode.Contains('b')) throw Errors.ValueError($"Invalid mode: {StrRepr.Of(mode)}");
            if (!text)
            {
                if (a[3] is not (null or PyNone)) throw Errors.ValueError("Argument 'encoding' not supported in binary mode");
                if (a[4] is not (null or PyNone)) throw Errors.ValueError("Argument 'errors' not supported in binary mode");
                if (a[5] is not (null or PyNone)) throw Errors.ValueError("Argument 'newline' not supported in binary mode");
            }
            var level = a[2] ?? PyInt.From(9);
            var target = a[0]!;
            var binaryMode = new PyStr(mode.Replace("t", "", StringComparison.Ordinal));
            PyGzipFile file;
            // A path, as CPython's gzip.open takes str, bytes and os.PathLike (pathlib.Path).
            if (target is not (PyStr or PyBytes) && target.Type.Lookup("__fspath__") is not null) target = Os.OsPaths.FsPath(target);
            if (target is PyStr or PyBytes)
            {
                file = PyGzipFile.Create([target, binaryMode, level], null);
            }
            else if (Operations.Attributes.TryGetAttr(target, "read") is not null || Operations.Attributes.TryGetAttr(target, "write") is not null)
            {
                file = PyGzipFile.Create([PyNone.Instance, binaryMode, level, target], null);
            }
            else
            {
                throw Errors.TypeError("filename must be a str or bytes object, or a file");
            }
            if (!text) return file;
            // Text mode: a TextIOWrapper over the GzipFile (read: decompressed and decoded when opened).
            static string? Optional(PyObject? o) => o is null or PyNone ? null : Operations.Text.Str(o);
            var name = file.Name is PyStr n ? n.Value : "";
            if (file.IsReading)
            {
                var content = file.Read(-1);
                file.Close();
                return PyFile.OpenText(name, mode, Optional(a[3]), Optional(a[4]), Optional(a[5]), content, null);
            }
            return PyFile.OpenText(name, mode, Optional(a[3]), Optional(a[4]), Optional(a[5]), null, new GzipWriteStream(file));
        }));
    }
}
