using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Strings;

/// <summary>
/// The <c>string</c> module: the character-class constants and capwords; Formatter and Template
/// are written in Python (_string_formatter, _string_template: both are subclassed by programs)
/// and imported on first use.
/// </summary>
[PythonModule("string")]
[PythonRequires("_string_formatter")]
[PythonRequires("_string_template")]
[PythonExport("ascii_letters")] [PythonExport("ascii_lowercase")] [PythonExport("ascii_uppercase")]
[PythonExport("digits")] [PythonExport("hexdigits")] [PythonExport("octdigits")]
[PythonExport("punctuation")] [PythonExport("printable")] [PythonExport("whitespace")]
[PythonExport("capwords")] [PythonExport("Template")] [PythonExport("Formatter")]
public static class StringModule
{
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";
    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private const string Whitespace = " \t\n\r\v\f";

    private static readonly NativeSignature CapwordsSignature = new("capwords", ["s", "sep"], 1);

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("ascii_lowercase", new PyStr(Lower));
        g.Set("ascii_uppercase", new PyStr(Upper));
        g.Set("ascii_letters", new PyStr(Lower + Upper));
        g.Set("digits", new PyStr(Digits));
        g.Set("hexdigits", new PyStr(Digits + "abcdef" + "ABCDEF"));
        g.Set("octdigits", new PyStr("01234567"));
        g.Set("punctuation", new PyStr(Punctuation));
        g.Set("whitespace", new PyStr(Whitespace));
        g.Set("printable", new PyStr(Digits + Lower + Upper + Punctuation + Whitespace));
        g.Set("capwords", new PyBuiltinFunction("capwords", static (args, kw) =>
        {
            var b = new PyObject?[2];
            CapwordsSignature.Bind(null, args, kw, b);
            var sep = b[1] is null or PyNone ? null : b[1];
            // (sep or ' ').join(map(str.capitalize, s.split(sep)))
            var words = Attributes.GetAttr(b[0]!, "split").Call1(sep ?? PyNone.Instance);
            var parts = Iteration.ToArray(words);
            for (var i = 0; i < parts.Length; i++) parts[i] = Attributes.GetAttr(parts[i], "capitalize").Call0();
            var joiner = sep is not null && Truth.IsTrue(sep) ? sep : new PyStr(" ");
            return Attributes.GetAttr(joiner, "join").Call1(new PyList(parts));
        }));
        g.Set("__getattr__", new PyBuiltinFunction("__getattr__", (args, kw) =>
        {
            var a = ModuleArgs.Bind("__getattr__", args, kw, ["name"], 1);
            var name = a[0] is PyStr s ? s.Value : "";
            var source = name switch
            {
                "Formatter" => "_string_formatter",
                "Template" => "_string_template",
                _ => throw Errors.AttributeError($"module 'string' has no attribute '{name}'"),
            };
            var value = Attributes.GetAttr(Interpreter.Current.Import(source), name);
            g.Set(name, value);
            return value;
        }));
    }
}
