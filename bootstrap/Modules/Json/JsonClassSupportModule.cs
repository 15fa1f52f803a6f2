using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Json;

/// <summary>
/// <c>_pypack_json</c>: the native encoder and scanner under json.JSONEncoder and json.JSONDecoder
/// (bootstrap/Lib/_json_classes.py), with their options passed in, as CPython's classes use _json's
/// c_make_encoder and c_make_scanner. Positions are in code points, as Python sees them.
/// </summary>
[PythonModule("_pypack_json")]
[PythonExport("encode")]
[PythonExport("encode_basestring")]
[PythonExport("encode_basestring_ascii")]
[PythonExport("scan")]
[PythonExport("skip_space")]
public static class JsonClassSupportModule
{
    private static readonly string[] EncodeNames =
        ["o", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "item_separator", "key_separator", "default"];

    private static readonly string[] ScanNames =
        ["string", "idx", "strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"];

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("encode", new PyBuiltinFunction("encode", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("encode", args, kw, EncodeNames, EncodeNames.Length);
            var indent = a[6]! switch
            {
                PyNone => null,
                PyStr s => s.Value,
                // An int indent is that many spaces (CPython's ' ' * indent, so a negative one is none).
                PyInt n => new string(' ', (int)System.Math.Clamp(ModuleArgs.Int(n), 0, int.MaxValue)),
                var other => throw Errors.TypeError($"can't multiply sequence by non-int of type '{other.Type.TpName}'"),
            };
            var encoder = new JsonEncoder
            {
                SkipKeys = ModuleArgs.Bool(a[1]),
                EnsureAscii = ModuleArgs.Bool(a[2]),
                CheckCircular = ModuleArgs.Bool(a[3]),
                AllowNan = ModuleArgs.Bool(a[4]),
                SortKeys = ModuleArgs.Bool(a[5]),
                Indent = indent,
                ItemSeparator = Separator(a[7]!, "item_separator"),
                KeySeparator = Separator(a[8]!, "key_separator"),
                Default = a[9],
            };
            return encoder.EncodeStr(a[0]!);
        }));
        g.Set("encode_basestring", new PyBuiltinFunction("encode_basestring", static (args, kw) => Quote(args, kw, "encode_basestring", false)));
        g.Set("encode_basestring_ascii", new PyBuiltinFunction("encode_basestring_ascii", static (args, kw) => Quote(args, kw, "encode_basestring_ascii", true)));
        g.Set("scan", new PyBuiltinFunction("scan", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("scan", args, kw, ScanNames, ScanNames.Length);
            var s = Text(a[0]!);
            var idx = Operations.Conversions.ToIndex(a[1]!);
            if (idx < 0) throw Errors.ValueError("idx cannot be negative");
            static PyObject? Hook(PyObject o) => o is PyNone ? null : o;
            var decoder = new JsonDecoder(s.Value)
            {
                Strict = ModuleArgs.Bool(a[2]),
                ObjectHook = Hook(a[3]!),
                ObjectPairsHook = Hook(a[4]!),
                ParseFloat = Hook(a[5]!),
                ParseInt = Hook(a[6]!),
                ParseConstant = Hook(a[7]!),
            };
            // Past the end there is no value: "Expecting value" at idx, as CPython's scanner reports it.
            var start = idx >= s.CodePointCount ? s.Value.Length : s.OffsetOf((int)idx);
            var value = decoder.RawDecode(start, out var end);
            return PyTuple.Of(value, PyInt.From(CodePoints(s, end)));
        }));
        g.Set("skip_space", new PyBuiltinFunction("skip_space", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("skip_space", args, kw, ["string", "idx"], 2);
            var s = Text(a[0]!);
            var idx = Operations.Conversions.ToIndex(a[1]!);
            if (idx >= s.CodePointCount) return PyInt.From(idx);
            var end = new JsonDecoder(s.Value).SkipSpace(s.OffsetOf((int)idx));
            return PyInt.From(CodePoints(s, end));
        }));
    }

    // JSONDecoder.decode matches its whitespace with a str pattern: re's errors for other arguments.
    private static PyStr Text(PyObject o) => o switch
    {
        PyStr s => s,
        PyBytes => throw Errors.TypeError("cannot use a string pattern on a bytes-like object"),
        _ => throw Errors.TypeError($"expected string or bytes-like object, got '{o.Type.TpName}'"),
    };

    private static long CodePoints(PyStr s, int offset) =>
        s.CodePointCount == s.Value.Length ? offset : new PyStr(s.Value[..offset]).CodePointCount;

    private static string Separator(PyObject o, string name) =>
        o is PyStr s ? s.Value : throw Errors.TypeError($"make_encoder() argument {name} must be str, not {o.Type.TpName}");

    private static PyObject Quote(ReadOnlySpan<PyObject> args, string[]? kw, string function, bool ascii)
    {
        var a = ModuleArgs.Bind(function, args, kw, ["s"], 1);
        if (a[0] is not PyStr s) throw Errors.TypeError($"first argument must be a string, not {a[0]!.Type.TpName}");
        return new PyStr(JsonEncoder.Quote(s.Value, ascii));
    }
}
