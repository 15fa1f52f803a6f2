using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Binascii;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Zlib;

/// <summary>
/// The <c>zlib</c> module: compress/decompress with levels and wbits (zlib, gzip, raw and automatic
/// containers), compressobj/decompressobj streams, crc32, adler32, the constants and zlib.error.
/// Compression writes zlib 1.2.13's exact bytes (Deflate.Deflater), as CPython's zlib module does.
/// </summary>
[PythonModule("zlib")]
[PythonExport("compress")]
[PythonExport("decompress")]
[PythonExport("compressobj")]
[PythonExport("decompressobj")]
[PythonExport("crc32")]
[PythonExport("adler32")]
[PythonExport("error")]
[PythonExport("MAX_WBITS")]
[PythonExport("DEFLATED")]
[PythonExport("DEF_MEM_LEVEL")]
[PythonExport("DEF_BUF_SIZE")]
[PythonExport("Z_NO_COMPRESSION")]
[PythonExport("Z_BEST_SPEED")]
[PythonExport("Z_BEST_COMPRESSION")]
[PythonExport("Z_DEFAULT_COMPRESSION")]
[PythonExport("Z_DEFAULT_STRATEGY")]
[PythonExport("Z_FILTERED")]
[PythonExport("Z_HUFFMAN_ONLY")]
[PythonExport("Z_RLE")]
[PythonExport("Z_FIXED")]
[PythonExport("Z_NO_FLUSH")]
[PythonExport("Z_PARTIAL_FLUSH")]
[PythonExport("Z_SYNC_FLUSH")]
[PythonExport("Z_FULL_FLUSH")]
[PythonExport("Z_FINISH")]
[PythonExport("Z_BLOCK")]
[PythonExport("Z_TREES")]
public static class ZlibModule
{
    public static readonly PyType Error = CreateError();

    private static PyType CreateError()
    {
        var type = new PyType("error", ExceptionTypes.Exception) { Module = "zlib", TpName = "zlib.error" };
        type.Constructor = (args, kw) => ExceptionTypes.FactoryOf(type)(type, PyTuple.CopyOf(args));
        return type;
    }

    private static readonly (string Name, int Value)[] Constants =
    [
        ("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0), ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4),
        ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4),
        ("Z_BLOCK", 5), ("Z_TREES", 6),
    ];

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("error", Error);
        foreach (var (name, value) in Constants) g.Set(name, PyInt.From(value));
        g.Set("compress", new PyBuiltinFunction("compress", static (args, kw) =>
        {
            if (Args.PositionalCount(args, kw) == 0) throw Errors.TypeError("compress() takes at least 1 positional argument (0 given)");
            var a = ModuleArgs.Bind("compress", args, kw, ["data", "level", "wbits"], 1);
            if (kw is not null && Array.IndexOf(kw, "data") >= 0) throw Errors.TypeError("'data' is an invalid keyword argument for compress()");
            var data = Bytes(a[0]!);
            var level = a[1] is null ? -1 : (int)ModuleArgs.Int(a[1]!);
            var wbits = a[2] is null ? 15 : (int)ModuleArgs.Int(a[2]!);
            if (level is < -1 or > 9 || !ZlibCompressor.ValidWindowBits(wbits)) throw Errors.Raise(Error, "Bad compression level");
            return PyBytes.Of(ZlibCompressor.CompressAll(data, level, wbits));
        }));
        g.Set("decompress", new PyBuiltinFunction("decompress", static (args, kw) =>
        {
            if (Args.PositionalCount(args, kw) == 0) throw Errors.TypeError("decompress() takes at least 1 positional argument (0 given)");
            var a = ModuleArgs.Bind("decompress", args, kw, ["data", "wbits", "bufsize"], 1);
            if (kw is not null && Array.IndexOf(kw, "data") >= 0) throw Errors.TypeError("'data' is an invalid keyword argument for decompress()");
            var data = Bytes(a[0]!);
            var wbits = a[1] is null ? 15 : (int)ModuleArgs.Int(a[1]!);
            if (a[2] is not null && ModuleArgs.Int(a[2]!) < 0) throw Errors.ValueError("bufsize must be non-negative");
            if (!ZlibDecompressor.ValidWindowBits(wbits)) throw Errors.Raise(Error, "Error -2 while preparing to decompress data: inconsistent stream state");
            var decompressor = new ZlibDecompressor(wbits);
            var result = decompressor.Decompress(data, 0);
            if (decompressor.NeedsMore) throw ZlibDecompressor.Error(-5, "incomplete or truncated stream");
            return PyBytes.Of(result);
        }));
        g.Set("compressobj", new PyBuiltinFunction("compressobj", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("compressobj", args, kw, ["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0);
            var level = a[0] is null ? -1 : (int)ModuleArgs.Int(a[0]!);
            var method = a[1] is null ? 8 : ModuleArgs.Int(a[1]!);
            var wbits = a[2] is null ? 15 : (int)ModuleArgs.Int(a[2]!);
            var memLevel = a[3] is null ? 8 : ModuleArgs.Int(a[3]!);
            var strategy = a[4] is null ? 0 : (int)ModuleArgs.Int(a[4]!);
            if (level is < -1 or > 9 || method != 8 || !ZlibCompressor.ValidWindowBits(wbits) || memLevel is < 1 or > 9 || strategy is < 0 or > 4)
            {
                throw Errors.ValueError("Invalid initialization option");
            }
            var compressor = new ZlibCompressor(level, wbits, (int)memLevel, strategy);
            if (a[5] is { } zdict)
            {
                var dictionary = Bytes(zdict);
                if (!compressor.SetDictionary(dictionary)) throw Errors.ValueError("Invalid dictionary");
            }
            return new PyCompress(compressor);
        }));
        g.Set("decompressobj", new PyBuiltinFunction("decompressobj", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("decompressobj", args, kw, ["wbits", "zdict"], 0);
            var wbits = a[0] is null ? 15 : (int)ModuleArgs.Int(a[0]!);
            if (a[1] is not null)
            {
                if (a[1] is not PyBytes) throw Errors.TypeError("zdict argument must support the buffer protocol");
                throw Errors.NotImplemented("zlib preset dictionaries (zdict)");
            }
            if (!ZlibDecompressor.ValidWindowBits(wbits)) throw Errors.ValueError("Invalid initialization option");
            return new PyDecompress(new ZlibDecompressor(wbits));
        }));
        g.Set("crc32", new PyBuiltinFunction("crc32", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("zlib.crc32() takes no keyword arguments");
            if (args.Length is < 1 or > 2) throw Errors.TypeError(args.Length == 0 ? "crc32 expected at least 1 argument, got 0" : $"crc32 expected at most 2 arguments, got {args.Length}");
            return PyInt.From(Crc32.Update(args.Length > 1 ? BinasciiModule.UnsignedInt(args[1]) : 0, Bytes(args[0])));
        }));
        g.Set("adler32", new PyBuiltinFunction("adler32", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("zlib.adler32() takes no keyword arguments");
            if (args.Length is < 1 or > 2) throw Errors.TypeError(args.Length == 0 ? "adler32 expected at least 1 argument, got 0" : $"adler32 expected at most 2 arguments, got {args.Length}");
            return PyInt.From(Adler32.Update(args.Length > 1 ? BinasciiModule.UnsignedInt(args[1]) : 1, Bytes(args[0])));
        }));
    }

    public static byte[] Bytes(PyObject value) => BytesMethods.TryBytesLike(value)
        ?? throw Errors.TypeError($"a bytes-like object is required, not '{value.Type.TpName}'");
}
