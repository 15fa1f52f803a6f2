using System.Text;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Unicode;

namespace PyPack.Runtime.Modules.Unicodedata;

/// <summary>
/// The <c>unicodedata</c> module over the Unicode 14.0 database of CPython 3.11 (bootstrap/Unicode):
/// names, aliases and named sequences, the per-character properties, numeric values,
/// decompositions and the four normalization forms. The Unicode 3.2 database (ucd_3_2_0, for
/// IDNA) is not there.
/// </summary>
[PythonModule("unicodedata")]
[PythonExport("lookup")] [PythonExport("name")] [PythonExport("decimal")] [PythonExport("digit")]
[PythonExport("numeric")] [PythonExport("category")] [PythonExport("bidirectional")]
[PythonExport("combining")] [PythonExport("east_asian_width")] [PythonExport("mirrored")]
[PythonExport("decomposition")] [PythonExport("normalize")] [PythonExport("is_normalized")]
[PythonExport("unidata_version")]
public static class UnicodedataModule
{
    // lookup() refuses names longer than this many UTF-8 bytes outright.
    private const int NameMaxLength = 256;

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("unidata_version", new PyStr(UnicodeProperties.UnicodeVersion));
        One(g, "lookup", Lookup);
        One(g, "category", c => new PyStr(Properties("category", c).Category));
        One(g, "bidirectional", c => new PyStr(Properties("bidirectional", c).Bidirectional));
        One(g, "east_asian_width", c => new PyStr(Properties("east_asian_width", c).EastAsianWidth));
        One(g, "combining", c => PyInt.From(Properties("combining", c).Combining));
        One(g, "mirrored", c => PyInt.From(Properties("mirrored", c).Mirrored ? 1 : 0));
        One(g, "decomposition", c => new PyStr(UnicodeProperties.DecompositionOf(CodePoint("decomposition() argument", c))));
        WithDefault(g, "name", "no such name", cp => UnicodeNames.NameOf(cp) is { } n ? new PyStr(n) : null);
        WithDefault(g, "decimal", "not a decimal", cp => UnicodeProperties.NumericOf(cp)?.Decimal is { } d ? PyInt.From(d) : null);
        WithDefault(g, "digit", "not a digit", cp => UnicodeProperties.NumericOf(cp)?.Digit is { } d ? PyInt.From(d) : null);
        WithDefault(g, "numeric", "not a numeric character", cp => UnicodeProperties.NumericOf(cp) is { } v ? new PyFloat(v.Numeric) : null);
        Normalizing(g, "normalize", static (form, s) =>
        {
            var text = s.Value;
            var normal = UnicodeNormalizer.Normalize(text, form);
            return normal == text ? s : new PyStr(normal); // a str already normal comes back itself
        });
        Normalizing(g, "is_normalized", static (form, s) => PyBool.From(UnicodeNormalizer.Normalize(s.Value, form) == s.Value));
    }

    // Functions of one positional argument (CPython's METH_O).
    private static void One(ModuleGlobals g, string name, Func<PyObject, PyObject> body) =>
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            Args.ExactlyOne($"unicodedata.{name}", args, kw);
            return body(args[0]);
        }, body));

    // name/decimal/digit/numeric(chr, default=<raise>, /).
    private static void WithDefault(ModuleGlobals g, string name, string missing, Func<int, PyObject?> body) =>
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            Args.Check("unicodedata", name, args, kw, 1, 2);
            var result = body(CodePoint($"{name}() argument 1", args[0]));
            if (result is not null) return result;
            return args.Length == 2 ? args[1] : throw Errors.ValueError(missing);
        }));

    private static void Normalizing(ModuleGlobals g, string name, Func<NormalForm, PyStr, PyObject> body) =>
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            Args.Check("unicodedata", name, args, kw, 2, 2);
            if (args[0] is not PyStr form) throw Errors.TypeError($"{name}() argument 1 must be str, not {args[0].Type.TpName}");
            if (args[1] is not PyStr text) throw Errors.TypeError($"{name}() argument 2 must be str, not {args[1].Type.TpName}");
            return body(form.Value switch
            {
                "NFC" => NormalForm.Nfc,
                "NFD" => NormalForm.Nfd,
                "NFKC" => NormalForm.Nfkc,
                "NFKD" => NormalForm.Nfkd,
                _ => throw Errors.ValueError("invalid normalization form"),
            }, text);
        }));

    private static CharProperties Properties(string function, PyObject c) =>
        UnicodeProperties.Of(CodePoint($"{function}() argument", c));

    /// <summary>The code point of a one-character str; CPython's TypeError for anything else.</summary>
    private static int CodePoint(string argument, PyObject c)
    {
        if (c is not PyStr s || s.CodePointCount != 1)
            throw Errors.TypeError($"{argument} must be a unicode character, not {c.Type.TpName}");
        var text = s.Value;
        return text.Length == 2 ? char.ConvertToUtf32(text[0], text[1]) : text[0];
    }

    private static PyObject Lookup(PyObject arg)
    {
        string name;
        int byteLength;
        switch (arg)
        {
            case PyStr s:
                name = s.Value;
                byteLength = Encoding.UTF8.GetByteCount(name);
                break;
            case PyBytes { IsByteArray: false } b:
                name = Encoding.UTF8.GetString(b.Data);
                byteLength = b.Data.Length;
                break;
            case PyBytes:
                throw Errors.TypeError($"lookup() argument must be read-only bytes-like object, not {arg.Type.TpName}");
            default:
                throw Errors.TypeError($"a bytes-like object is required, not '{arg.Type.TpName}'");
        }
        if (byteLength > NameMaxLength) throw Errors.KeyError(new PyStr("name too long"));
        return UnicodeNames.Lookup(name, sequences: true) is { } text
            ? new PyStr(text)
            : throw Errors.KeyError(new PyStr($"undefined character name '{name}'"));
    }
}
