using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Names of modules that PyPack leaves out on purpose (no answer it could give would be CPython's)
/// or keeps only as a stub that raises NotImplementedError: a program that uses one, as <c>m.f</c>
/// with <c>m</c> bound by <c>import m</c> (or <c>import m as x</c>) or by <c>from m import f</c>,
/// is refused at build time with the place and the reason, instead of running differently.
/// Names are matched by spelling (a name rebound to something else still counts): a refusal the
/// program could avoid beats a run that fails or differs.
/// </summary>
public static class UnsupportedModuleAttributes
{
    private const string LayoutOnly = "object sizes are CPython's memory layout, which a PyPack program does not have";
    private const string NoLocales = "PyPack has only the C locale";
    private const string NoStreamCodecs = "PyPack has no stream codecs; use str.encode/bytes.decode or open(..., encoding=)";
    private const string NoTracing = "compiled code has no tracing or profiling hooks";

    private static readonly Dictionary<(string Module, string Name), string> s_reasons = new()
    {
        [("sys", "getsizeof")] = LayoutOnly,
        [("difflib", "HtmlDiff")] = "PyPack's difflib makes no HTML tables",
        [("calendar", "HTMLCalendar")] = "PyPack's calendar makes no HTML",
        [("calendar", "LocaleHTMLCalendar")] = NoLocales,
        [("calendar", "LocaleTextCalendar")] = NoLocales,
        [("codecs", "StreamReader")] = NoStreamCodecs,
        [("codecs", "StreamWriter")] = NoStreamCodecs,
        [("codecs", "StreamRecoder")] = NoStreamCodecs,
        [("codecs", "getreader")] = NoStreamCodecs,
        [("codecs", "getwriter")] = NoStreamCodecs,
        [("codecs", "getincrementalencoder")] = NoStreamCodecs,
        [("codecs", "getincrementaldecoder")] = NoStreamCodecs,
        [("codecs", "iterencode")] = NoStreamCodecs,
        [("codecs", "iterdecode")] = NoStreamCodecs,
        [("codecs", "EncodedFile")] = NoStreamCodecs,
        [("threading", "settrace")] = NoTracing,
        [("threading", "setprofile")] = NoTracing,
    };

    private static readonly HashSet<string> s_modules = s_reasons.Keys.Select(k => k.Module).ToHashSet(StringComparer.Ordinal);

    /// <summary>Throws <see cref="Emit.UnsupportedConstruct"/> at the first use of such a name in <paramref name="tree"/>.</summary>
    public static void Check(Module tree)
    {
        // The names bound to each module of the table by an import statement somewhere in the module.
        var moduleNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = NodeWalk.Descendants([tree]).ToList();
        foreach (var node in nodes)
        {
            if (node is Import import)
            {
                foreach (var a in import.Names.Where(a => s_modules.Contains(a.Name))) moduleNames[a.Asname ?? a.Name] = a.Name;
            }
        }
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ImportFrom { Module: { } m, Level: null or 0 } from when s_modules.Contains(m):
                    foreach (var a in from.Names)
                    {
                        if (s_reasons.TryGetValue((m, a.Name), out var reason)) throw Refused(from, m, a.Name, reason);
                    }
                    break;
                case Attribute { Value: Name n } a when moduleNames.TryGetValue(n.Id, out var module) && s_reasons.TryGetValue((module, a.Attr), out var why):
                    throw Refused(a, module, a.Attr, why);
            }
        }
    }

    private static Emit.UnsupportedConstruct Refused(Node node, string module, string name, string reason) =>
        new(node, $"{module}.{name} ({reason})");
}
