using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Zlib;

/// <summary>zlib.Decompress, from decompressobj(): decompress(data, max_length), flush(), eof, unused_data, unconsumed_tail.</summary>
internal sealed class PyDecompress(ZlibDecompressor decompressor) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly ZlibDecompressor _decompressor = decompressor;
    private bool _ended;

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "eof" => PyBool.From(_decompressor.Eof),
        "unused_data" => PyBytes.Of(_decompressor.UnusedData),
        "unconsumed_tail" => PyBytes.Of(_decompressor.UnconsumedTail),
        _ => null,
    };

    private static PyType CreateType()
    {
        var type = new PyType("Decompress", null) { Module = "zlib", TpName = "zlib.Decompress" };
        type.Method("decompress", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("decompress", args, kw, ["data", "max_length"], 1);
            var d = ((PyDecompress)self)._decompressor;
            var data = ZlibModule.Bytes(a[0]!);
            var max = a[1] is null ? 0 : ModuleArgs.Int(a[1]!);
            if (max < 0) throw Errors.ValueError("max_length must be non-negative");
            if (((PyDecompress)self)._ended) throw ZlibDecompressor.Error(-2, "inconsistent stream state");
            return PyBytes.Of(d.Decompress(data, max));
        });
        type.Method("flush", static (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError($"'{kw[0]}' is an invalid keyword argument for flush()");
            var a = ModuleArgs.Bind("flush", args, kw, ["length"], 0);
            if (a[0] is not null && ModuleArgs.Int(a[0]!) <= 0) throw Errors.ValueError("length must be greater than zero");
            var d = ((PyDecompress)self)._decompressor;
            var result = d.Eof ? [] : d.Decompress(d.UnconsumedTail, 0);
            // Flushing a finished stream ends it, as zlib's inflateEnd does: nothing more may be fed.
            if (d.Eof) ((PyDecompress)self)._ended = true;
            return PyBytes.Of(result);
        });
        // SharpZipLib's streams cannot be cloned: say so rather than lack the method.
        type.Method("copy", static self => throw Errors.NotImplemented("zlib.Decompress.copy()"));
        type.Method("__copy__", static self => throw Errors.NotImplemented("zlib.Decompress.copy()"));
        type.Method("__deepcopy__", static (self, memo) => throw Errors.NotImplemented("zlib.Decompress.copy()"));
        return type;
    }
}
