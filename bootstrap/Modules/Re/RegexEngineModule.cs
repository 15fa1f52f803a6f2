using System.Globalization;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// <c>_pypack_re</c>: the matching engine under PyPack's <c>re</c> (bootstrap/Lib/re.py). re.py
/// parses Python's pattern syntax, reports CPython's errors and translates the pattern to .NET's
/// syntax; this module runs it with System.Text.RegularExpressions and reports group spans in
/// code points. Only re.py imports it, so apps that do not use re never carry it.
/// </summary>
[PythonModule("_pypack_re")]
[PythonExport("compile")]
[PythonExport("is_wide")]
[PythonExport("astral_ranges")]
[PythonExport("Match")]
public static class RegexEngineModule
{
    private static PyList? s_wordRanges;
    private static PyList? s_digitRanges;

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("Match", PyMatch.TypeObject);
        g.Set("compile", new PyBuiltinFunction("compile", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("compile", args, kw, ["pattern"], 1);
            return new RegexEngine(ModuleArgs.Str(a[0]!, "compile", 1));
        }));
        // Whether a str has code points above U+FFFF (two UTF-16 units each), which need the translation that
        // matches a surrogate pair as one character. PyStr caches the count, so this is cheap to ask every time.
        g.Set("is_wide", new PyBuiltinFunction("is_wide", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("is_wide", args, kw, ["string"], 1);
            return PyBool.From(a[0] is PyStr { HasSurrogatePairs: true });
        }));
        // The ranges of code points above U+FFFF that Python's \w ("w": letters and numbers) or \d ("d": decimal
        // digits) match; .NET classes cannot name them, so re.py spells them out as surrogate pairs.
        g.Set("astral_ranges", new PyBuiltinFunction("astral_ranges", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("astral_ranges", args, kw, ["kind"], 1);
            return ModuleArgs.Str(a[0]!, "astral_ranges", 1) == "d"
                ? s_digitRanges ??= Ranges(static c => c == UnicodeCategory.DecimalDigitNumber)
                : s_wordRanges ??= Ranges(static c => c <= UnicodeCategory.OtherLetter
                    || c is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber);
        }));
    }

    private static PyList Ranges(Func<UnicodeCategory, bool> wanted)
    {
        var list = new PyList();
        var start = -1;
        for (var cp = 0x10000; cp <= 0x110000; cp++)
        {
            var inside = cp <= 0x10FFFF && wanted(CharUnicodeInfo.GetUnicodeCategory(cp));
            if (inside && start < 0) start = cp;
            else if (!inside && start >= 0)
            {
                list.Append(new PyTuple([PyInt.From(start), PyInt.From(cp - 1)]));
                start = -1;
            }
        }
        return list;
    }
}
