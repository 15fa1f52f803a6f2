using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Names of modules that PyPack leaves out on purpose (no answer it could give would be CPython's)
/// or keeps only as a stub that raises NotImplementedError: a program that uses one, as <c>m.f</c>
/// with <c>m</c> bound by <c>import m</c> (or <c>import m as x</c>) or by <c>from m import f</c>,
/// is refused at build time with the place and the reason, instead of running differently.
/// Names are matched by spelling (a name rebound to something else still counts): a refusal the
/// program could avoid beats a run that fails or differs. The builtins module's entries are the
/// builtins an executable without an interpreter cannot have; read as a bare name, one is refused
/// unless some scope of the module binds that name itself (then it may well be the program's own).
/// </summary>
public static class UnsupportedModuleAttributes
{
    private const string LayoutOnly = "object sizes are CPython's memory layout, which a PyPack program does not have";
    private const string NoLocales = "PyPack has only the C locale";
    private const string NoStreamCodecs = "PyPack has no stream codecs; use str.encode/bytes.decode or open(..., encoding=)";
    private const string NoTracing = "compiled code has no tracing or profiling hooks";
    private const string NoInterpreter = "PyPack compiles the program ahead of time; the executable has no interpreter to run source text";
    private const string Interactive = "it belongs to the interactive interpreter, which a PyPack executable does not have";

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
        [("builtins", "eval")] = NoInterpreter,
        [("builtins", "exec")] = NoInterpreter,
        [("builtins", "compile")] = NoInterpreter,
        [("builtins", "breakpoint")] = "a PyPack executable has no debugger",
        [("builtins", "help")] = Interactive,
        [("builtins", "copyright")] = Interactive,
        [("builtins", "credits")] = Interactive,
        [("builtins", "license")] = Interactive,
    };

    private static readonly HashSet<string> s_modules = s_reasons.Keys.Select(k => k.Module).ToHashSet(StringComparer.Ordinal);

    /// <summary>Throws <see cref="Emit.UnsupportedConstruct"/> at the first use of such a name in <paramref name="tree"/>.</summary>
    public static void Check(Module tree, ScopeTable scopes)
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
        HashSet<string>? bound = null;
        foreach (var node in nodes)
        {
            switch (node)
            {
                case Name { Ctx: ExprContext.Load } n when s_reasons.TryGetValue(("builtins", n.Id), out var builtinReason):
                    bound ??= BoundAnywhere(scopes.Module);
                    if (!bound.Contains(n.Id)) throw new Emit.UnsupportedConstruct(n, $"the builtin {n.Id} ({builtinReason})");
                    break;
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

    /// <summary>The names some scope of the module binds (assignments, defs, imports, parameters...).</summary>
    private static HashSet<string> BoundAnywhere(Scope module)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Scope>([module]);
        while (pending.TryPop(out var scope))
        {
            names.UnionWith(scope.Bound);
            foreach (var child in scope.Children) pending.Push(child);
        }
        return names;
    }

    private static Emit.UnsupportedConstruct Refused(Node node, string module, string name, string reason) =>
        new(node, $"{module}.{name} ({reason})");
}
