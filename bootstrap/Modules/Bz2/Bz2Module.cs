using ICSharpCode.SharpZipLib.BZip2;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Zlib;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Bz2;

/// <summary>
/// <c>_bz2</c>: whole-stream bzip2 compression and decompression by SharpZipLib, under the bz2
/// module written in Python (bootstrap/Lib/bz2.py). Streams are valid bzip2 that any reader
/// (CPython's too) decompresses, but not byte for byte libbz2's output.
/// </summary>
[PythonModule("_bz2")]
[PythonExport("compress")]
[PythonExport("decompress_stream")]
public static class Bz2Module
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("compress", new PyBuiltinFunction("compress", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("compress", args, kw, ["data", "compresslevel"], 2);
            return PyBytes.Of(Compress(ZlibModule.Bytes(a[0]!), (int)ModuleArgs.Int(a[1]!)));
        }));
        g.Set("decompress_stream", new PyBuiltinFunction("decompress_stream", static (args, kw) =>
        {
            // One bzip2 stream from the start of data: (its content, the bytes it took), or
            // (what was decoded, -1) when data ends before the end-of-stream marker.
            var a = ModuleArgs.Bind("decompress_stream", args, kw, ["data"], 1);
            var data = ZlibModule.Bytes(a[0]!);
            var input = new MemoryStream(data);
            var output = new MemoryStream();
            try
            {
                using var stream = new BZip2InputStream(input) { IsStreamOwner = false };
                stream.CopyTo(output);
            }
            catch (Exception e) when (e is BZip2Exception or EndOfStreamException or IndexOutOfRangeException)
            {
                if (input.Position >= data.Length && LooksLikeStart(data)) return PyTuple.Of(PyBytes.Of(output.ToArray()), PyInt.From(-1));
                throw Errors.Raise(Exceptions.ExceptionTypes.OSError, "Invalid data stream");
            }
            return PyTuple.Of(PyBytes.Of(output.ToArray()), PyInt.From(input.Position));
        }));
    }

    /// <summary>One whole bzip2 stream of <paramref name="data"/> at block size level 1-9.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data, int level)
    {
        var output = new MemoryStream();
        using (var stream = new BZip2OutputStream(output, level) { IsStreamOwner = false })
        {
            stream.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>The content of the bzip2 streams in <paramref name="data"/>, or null when it is not bzip2.</summary>
    public static byte[]? TryDecompress(byte[] data)
    {
        if (data.Length < 4 || !LooksLikeStart(data[..4])) return null;
        var output = new MemoryStream();
        try
        {
            using var stream = new BZip2InputStream(new MemoryStream(data)) { IsStreamOwner = false };
            stream.CopyTo(output);
        }
        catch (Exception e) when (e is BZip2Exception or EndOfStreamException or IndexOutOfRangeException)
        {
            return null;
        }
        return output.ToArray();
    }

    /// <summary>"BZh" and a block size digit: the start of a stream that was cut short.</summary>
    private static bool LooksLikeStart(byte[] data) =>
        data.Length < 4 ? "BZh"u8.StartsWith(data) : data[0] == 'B' && data[1] == 'Z' && data[2] == 'h' && data[3] is >= (byte)'1' and <= (byte)'9';
}
