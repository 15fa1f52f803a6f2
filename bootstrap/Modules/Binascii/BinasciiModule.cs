using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Binascii;

/// <summary>
/// The <c>binascii</c> module: hex and base64 conversions, crc32 and crc_hqx, and the Error
/// (a ValueError) and Incomplete exceptions.
/// </summary>
[PythonModule("binascii")]
[PythonExport("hexlify")]
[PythonExport("b2a_hex")]
[PythonExport("unhexlify")]
[PythonExport("a2b_hex")]
[PythonExport("b2a_base64")]
[PythonExport("a2b_base64")]
[PythonExport("crc32")]
[PythonExport("crc_hqx")]
[PythonExport("Error")]
[PythonExport("Incomplete")]
public static class BinasciiModule
{
    public static readonly PyType Error = Define("Error", ExceptionTypes.ValueError);
    public static readonly PyType Incomplete = Define("Incomplete", ExceptionTypes.Exception);

    private static PyType Define(string name, PyType baseType)
    {
        var type = new PyType(name, baseType) { Module = "binascii" };
        type.Constructor = (args, kw) => ExceptionTypes.FactoryOf(type)(type, PyTuple.CopyOf(args));
        return type;
    }

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("Error", Error);
        g.Set("Incomplete", Incomplete);
        foreach (var name in new[] { "hexlify", "b2a_hex" })
        {
            g.Set(name, new PyBuiltinFunction(name, static (args, kw) =>
            {
                var a = ModuleArgs.Bind("hexlify", args, kw, ["data", "sep", "bytes_per_sep"], 1);
                return PyBytes.Of(Hex.Encode(Bytes(a[0]!), a[1], a[2] is null ? 1 : ModuleArgs.Int(a[2]!)));
            }));
        }
        foreach (var name in new[] { "unhexlify", "a2b_hex" })
        {
            g.Set(name, new PyBuiltinFunction(name, static (args, kw) =>
            {
                var a = ModuleArgs.Bind("unhexlify", args, kw, ["hexstr"], 1);
                return PyBytes.Of(Hex.Decode(AsciiData(a[0]!)));
            }));
        }
        g.Set("b2a_base64", new PyBuiltinFunction("b2a_base64", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("b2a_base64", args, kw, ["data", "newline"], 1, keywordOnlyFrom: 1);
            return PyBytes.Of(Base64Codec.Encode(Bytes(a[0]!), ModuleArgs.Bool(a[1], true)));
        }));
        g.Set("a2b_base64", new PyBuiltinFunction("a2b_base64", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("a2b_base64", args, kw, ["data", "strict_mode"], 1, keywordOnlyFrom: 1);
            return PyBytes.Of(Base64Codec.Decode(AsciiData(a[0]!), ModuleArgs.Bool(a[1])));
        }));
        g.Set("crc32", new PyBuiltinFunction("crc32", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("binascii.crc32() takes no keyword arguments");
            if (args.Length is < 1 or > 2) throw Errors.TypeError(args.Length == 0 ? "crc32 expected at least 1 argument, got 0" : $"crc32 expected at most 2 arguments, got {args.Length}");
            return PyInt.From(Crc32.Update(args.Length > 1 ? UnsignedInt(args[1]) : 0, Bytes(args[0])));
        }));
        g.Set("crc_hqx", new PyBuiltinFunction("crc_hqx", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("binascii.crc_hqx() takes no keyword arguments");
            if (args.Length != 2) throw Errors.TypeError($"crc_hqx expected 2 arguments, got {args.Length}");
            var crc = UnsignedInt(args[1]) & 0xFFFF;
            foreach (var b in Bytes(args[0]))
            {
                crc ^= (uint)b << 8;
                for (var k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
            return PyInt.From(crc);
        }));
    }

    /// <summary>An unsigned C int argument, truncated to 32 bits as Argument Clinic's 'I' converter does.</summary>
    public static uint UnsignedInt(PyObject? value)
    {
        if (value is null) return 0;
        if (value is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        if (value is not PyInt i) throw Errors.TypeError($"'{value.Type.TpName}' object cannot be interpreted as an integer");
        return (uint)(i.Big & uint.MaxValue);
    }

    /// <summary>A bytes-like argument.</summary>
    public static ReadOnlySpan<byte> Bytes(PyObject value) => value is PyBytes b
        ? b.Data
        : BytesMethods.TryBytesLike(value) ?? throw Errors.TypeError($"a bytes-like object is required, not '{value.Type.TpName}'");

    /// <summary>The a2b_* functions take bytes or an ASCII-only str.</summary>
    public static ReadOnlySpan<byte> AsciiData(PyObject value)
    {
        if (value is PyBytes b) return b.Data;
        if (value is not PyStr s) throw Errors.TypeError($"argument should be bytes, buffer or ASCII string, not '{value.Type.TpName}'");
        var data = new byte[s.Value.Length];
        for (var i = 0; i < data.Length; i++)
        {
            if (s.Value[i] > 127) throw Errors.ValueError("string argument should contain only ASCII characters");
            data[i] = (byte)s.Value[i];
        }
        return data;
    }
}
