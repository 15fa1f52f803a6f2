namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>bytes.maketrans</c> and <c>bytes.translate</c> (and bytearray's): a 256-byte table that maps
/// each byte value, plus a set of byte values to delete.
/// </summary>
internal static class BytesTranslation
{
    private const string TableLengthMessage = "translation table must be 256 characters long";
    private const string BytesLikeMessage = "a bytes-like object is required, not '{0}'";

    public static void AddMethods(PyType type, string name)
    {
        // A static method of both types whose result is always bytes, as CPython's.
        type.StaticFunction("maketrans", (args, kw) =>
        {
            Args.Check(name, "maketrans", args, kw, 2, 2);
            var from = BytesMethods.BytesLike(args[0], BytesLikeMessage);
            var to = BytesMethods.BytesLike(args[1], BytesLikeMessage);
            if (from.Length != to.Length) throw Errors.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (var i = 0; i < 256; i++) table[i] = (byte)i;
            for (var i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return PyBytes.Of(table);
        });
        type.Method("translate", static (self, args, kw) => Translate((PyBytes)self, args, kw));
    }

    // translate(table, /, delete=b'')
    private static PyBytes Translate(PyBytes self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var positional = Args.PositionalCount(args, kw);
        if (positional < 1) throw Errors.TypeError($"translate() takes at least 1 positional argument ({positional} given)");
        if (args.Length > 2) throw Errors.TypeError($"translate() takes at most 2 arguments ({args.Length} given)");
        Args.OnlyKeywords("translate", kw, "delete");
        var tableArg = args[0];
        var deleteArg = positional > 1 ? args[1] : Args.Keyword(args, kw, "delete");

        byte[]? table = null;
        if (tableArg is not PyNone)
        {
            table = BytesMethods.BytesLike(tableArg, BytesLikeMessage);
            if (table.Length != 256) throw Errors.ValueError(TableLengthMessage);
        }
        Span<bool> deleted = stackalloc bool[256];
        if (deleteArg is not null)
        {
            foreach (var b in BytesMethods.BytesLike(deleteArg, BytesLikeMessage)) deleted[b] = true;
        }

        var input = self.Data;
        var output = new byte[input.Length];
        var length = 0;
        var changed = false;
        foreach (var b in input)
        {
            if (deleted[b])
            {
                changed = true;
                continue;
            }
            var mapped = table is null ? b : table[b];
            changed |= mapped != b;
            output[length++] = mapped;
        }
        // An exact bytes that nothing changed is returned itself; a bytearray or subclass gets a copy.
        if (!changed && !self.IsByteArray && self.GetType() == typeof(PyBytes)) return self;
        if (length != output.Length) Array.Resize(ref output, length);
        return PyBytes.Of(output, self.IsByteArray);
    }
}
