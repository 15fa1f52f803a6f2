using PyPack.Runtime.Modules.Zlib.Deflate;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Zlib;

/// <summary>zlib.Compress, from compressobj(): compress(data) and flush(mode).</summary>
internal sealed class PyCompress(ZlibCompressor compressor) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly ZlibCompressor _compressor = compressor;

    public override PyType Type => TypeObject;

    private static PyType CreateType()
    {
        var type = new PyType("Compress", null) { Module = "zlib", TpName = "zlib.Compress" };
        type.Method("compress", static (self, data) =>
        {
            var c = ((PyCompress)self)._compressor;
            var bytes = ZlibModule.Bytes(data);
            if (c.Finished) throw Errors.Raise(ZlibModule.Error, "Error -2 while compressing data: inconsistent stream state");
            return PyBytes.Of(c.Compress(bytes));
        });
        type.Method("flush", static (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError($"'{kw[0]}' is an invalid keyword argument for flush()");
            var a = ModuleArgs.Bind("flush", args, kw, ["mode"], 0);
            var mode = a[0] is null ? 4 : (int)ModuleArgs.Int(a[0]!);
            var c = ((PyCompress)self)._compressor;
            if (mode == 0) return PyBytes.Empty;
            if (c.Finished) throw Errors.Raise(ZlibModule.Error, "Error -2 while flushing: inconsistent stream state");
            var (output, status) = c.Flush(mode);
            if (status == Deflater.StreamError) throw Errors.Raise(ZlibModule.Error, "Error -2 while flushing: inconsistent stream state");
            return PyBytes.Of(output);
        });
        type.Method("copy", static self => Copy((PyCompress)self));
        type.Method("__copy__", static self => Copy((PyCompress)self));
        type.Method("__deepcopy__", static (self, memo) => Copy((PyCompress)self));
        return type;
    }

    private static PyCompress Copy(PyCompress self)
    {
        if (self._compressor.Finished) throw Errors.ValueError("Inconsistent stream state");
        return new PyCompress(self._compressor.Copy());
    }
}
