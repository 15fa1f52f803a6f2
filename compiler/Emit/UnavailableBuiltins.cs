using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Builtins CPython has and a PyPack executable cannot: running source text (there is no
/// interpreter inside), the debugger, and the interactive session's help and texts. Reading one
/// of these names is refused at build time rather than compiled into a NameError at run time,
/// unless some scope of the module binds the name itself (then it may well be the program's own).
/// </summary>
public static class UnavailableBuiltins
{
    private const string NoInterpreter = "PyPack compiles the program ahead of time; the executable has no interpreter to run source text";
    private const string Interactive = "it belongs to the interactive interpreter, which a PyPack executable does not have";

    private static readonly Dictionary<string, string> s_reasons = new(StringComparer.Ordinal)
    {
        ["eval"] = NoInterpreter,
        ["exec"] = NoInterpreter,
        ["compile"] = NoInterpreter,
        ["breakpoint"] = "a PyPack executable has no debugger",
        ["help"] = Interactive,
        ["copyright"] = Interactive,
        ["credits"] = Interactive,
        ["license"] = Interactive,
    };

    public static void Check(Module tree, ScopeTable scopes)
    {
        HashSet<string>? bound = null;
        foreach (var node in NodeWalk.Descendants([tree]))
        {
            if (node is not Name { Ctx: ExprContext.Load } n || !s_reasons.TryGetValue(n.Id, out var reason)) continue;
            bound ??= BoundAnywhere(scopes.Module);
            if (!bound.Contains(n.Id)) throw new UnsupportedConstruct(n, $"the builtin {n.Id} ({reason})");
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
}
