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
[PythonExport("cache_get")]
[PythonExport("cache_put")]
[PythonExport("cache_clear")]
[PythonExport("cached_run")]
[PythonExport("cached_findall")]
[PythonExport("cached_finditer")]
[PythonExport("cached_split")]
[PythonExport("cached_subn")]
[PythonExport("cached_sub")]
[PythonExport("install_pattern_methods")]
public static class RegexEngineModule
{
    private static readonly PyObject s_zero = PyInt.From(0);
    private static readonly PyObject s_maxPos = PyInt.From(long.MaxValue);
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
        // The native half of re's pattern cache (RegexCache): str patterns with int flags.
        g.Set("cache_get", new PyBuiltinFunction("cache_get", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("cache_get", args, kw, ["pattern", "flags"], 2);
            return RegexCache.Get(a[0]!, a[1]!)?.Owner ?? PyNone.Instance;
        }));
        g.Set("cache_put", new PyBuiltinFunction("cache_put", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("cache_put", args, kw, ["pattern", "flags", "engine"], 3);
            return PyBool.From(RegexCache.Put(a[0]!, a[1]!, (RegexEngine)a[2]!));
        }));
        g.Set("cache_clear", new PyBuiltinFunction("cache_clear", static (args, kw) =>
        {
            ModuleArgs.Bind("cache_clear", args, kw, [], 0);
            RegexCache.Clear();
            return PyNone.Instance;
        }));
        // cached_run(pattern, flags, string, mode): re.search/match/fullmatch of a cached pattern in
        // one call, or NotImplemented when the pattern is not cached here or re.py must check the string.
        g.Set("cached_run", new PyBuiltinFunction("cached_run", static (args, kw) =>
        {
            if (kw is not null || args.Length != 4 || args[3] is not PyInt { IsSmall: true } mode) throw Errors.TypeError("cached_run() takes 4 positional arguments");
            if (RegexCache.Get(args[0], args[1]) is not { } engine) return PyNotImplemented.Instance;
            return engine.Run(args[2], PyInt.From(0), s_maxPos, (int)mode.Small);
        }));
        // cached_findall(pattern, flags, string), cached_finditer(...), cached_split(pattern, flags, string,
        // maxsplit), cached_subn(pattern, flags, repl, string, count): re.findall, re.sub, ... of a cached
        // pattern in one call, without the Python frames of _compile and the Pattern method, or
        // NotImplemented when the pattern is not cached here or re.py must look at the arguments.
        g.Set("cached_findall", Cached("cached_findall", 3, static (engine, args) => engine.TryFindAll(args[2], s_zero, s_maxPos)));
        g.Set("cached_finditer", Cached("cached_finditer", 3, static (engine, args) => engine.TryFindIter(args[2], s_zero, s_maxPos)));
        g.Set("cached_split", Cached("cached_split", 4, static (engine, args) => engine.TrySplit(args[2], args[3])));
        g.Set("cached_subn", Cached("cached_subn", 5, static (engine, args) => engine.TrySub(args[2], args[3], args[4])));
        g.Set("cached_sub", Cached("cached_sub", 5, static (engine, args) => engine.TrySub(args[2], args[3], args[4], withCount: false)));
        // install_pattern_methods(Pattern): Pattern.search, match and fullmatch as native methods, so
        // that a call on a compiled pattern costs no Python frame (they are C in CPython too).
        g.Set("install_pattern_methods", new PyBuiltinFunction("install_pattern_methods", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("install_pattern_methods", args, kw, ["pattern_type"], 1);
            var type = (PyType)a[0]!;
            type.SetAttribute("search", PatternRunMethod(type, "search", 0));
            type.SetAttribute("match", PatternRunMethod(type, "match", 1));
            type.SetAttribute("fullmatch", PatternRunMethod(type, "fullmatch", 2));
            return PyNone.Instance;
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

    private static readonly Operations.AttributeSite s_engineSite = new("_engine");
    private static readonly Operations.AttributeSite s_runSite = new("_run");

    /// <summary>
    /// Pattern.search/match/fullmatch(string, pos=0, endpos=sys.maxsize): the engine answers for a
    /// str or bytes of the pattern's kind and int positions; anything else goes to Pattern._run in
    /// re.py, which checks, converts and reports errors as CPython does.
    /// </summary>
    private static PyBuiltinMethod PatternRunMethod(PyType owner, string name, int mode)
    {
        var modeArg = PyInt.From(mode);
        return new PyBuiltinMethod(owner, name, (self, args, kw) =>
        {
            PyObject subject, pos = s_zero, endpos = s_maxPos;
            if (kw is null && args.Length is >= 1 and <= 3)
            {
                subject = args[0];
                if (args.Length > 1) pos = args[1];
                if (args.Length > 2) endpos = args[2];
            }
            else
            {
                var a = ModuleArgs.Bind(name, args, kw, ["string", "pos", "endpos"], 1);
                subject = a[0]!;
                pos = a[1] ?? s_zero;
                endpos = a[2] ?? s_maxPos;
            }
            if (Operations.Attributes.GetAttr(self, s_engineSite) is RegexEngine engine && engine.Run(subject, pos, endpos, mode) is var m && m is not PyNotImplemented) return m;
            return Operations.Attributes.CallMethod(self, s_runSite, [subject, pos, endpos, modeArg], null);
        });
    }

    /// <summary>A cached_ function of <paramref name="arity"/> positional arguments, the first two the cache key.</summary>
    private static PyBuiltinFunction Cached(string name, int arity, Func<RegexEngine, ReadOnlySpan<PyObject>, PyObject> body)
        => new(name, (args, kw) =>
        {
            if (kw is not null || args.Length != arity) throw Errors.TypeError($"{name}() takes {arity} positional arguments");
            return RegexCache.Get(args[0], args[1]) is { } engine ? body(engine, args) : PyNotImplemented.Instance;
        });

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
                list.Append(PyTuple.Of(PyInt.From(start), PyInt.From(cp - 1)));
                start = -1;
            }
        }
        return list;
    }
}
