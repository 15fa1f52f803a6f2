using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// The names by which a module may call math's one-argument float functions: <c>f</c> bound by
/// <c>from math import f</c> (or <c>... import f as g</c>), and <c>m.f</c> with <c>m</c> bound by
/// <c>import math</c> (or <c>import math as m</c>). Such a call can keep its argument and result
/// unboxed (Runtime.Modules.Mathematics.MathCalls). Only speed depends on the guess: the runtime
/// checks that the callee is still math's function, so a name rebound anywhere, a patched
/// <c>math.sqrt</c> or a shadowing math.py takes the ordinary call.
/// </summary>
public sealed class MathImports
{
    /// <summary>math's functions of one float whose C# entries MathCalls has.</summary>
    private static readonly HashSet<string> s_unary = new(StringComparer.Ordinal)
    {
        "sqrt", "exp", "exp2", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan",
        "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs",
    };

    private readonly Dictionary<string, string> _functions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _modules = new(StringComparer.Ordinal);

    public MathImports(Module tree)
    {
        foreach (var node in NodeWalk.Descendants([tree]))
        {
            switch (node)
            {
                case Import import:
                    foreach (var a in import.Names.Where(a => a.Name == "math")) _modules.Add(a.Asname ?? "math");
                    break;
                case ImportFrom { Module: "math", Level: null or 0 } from:
                    foreach (var a in from.Names.Where(a => s_unary.Contains(a.Name))) _functions[a.Asname ?? a.Name] = a.Name;
                    break;
            }
        }
    }

    /// <summary>
    /// The math function <paramref name="c"/> in <paramref name="scope"/> calls, if it is one of
    /// the unary ones called by a global name with one positional argument; else null.
    /// </summary>
    public string? FunctionCalled(Call c, Scope scope)
    {
        if (c.Args.Count != 1 || c.Keywords.Count > 0 || c.Args[0] is Starred || scope.Kind == ScopeKind.Class) return null;
        return c.Func switch
        {
            Name n when IsGlobal(n.Id, scope) && _functions.TryGetValue(n.Id, out var f) => f,
            Attribute { Value: Name m, Attr: var f } when s_unary.Contains(f) && _modules.Contains(m.Id) && IsGlobal(m.Id, scope) => f,
            _ => null,
        };
    }

    private static bool IsGlobal(string name, Scope scope) =>
        scope.Lookup(name) is SymbolKind.GlobalImplicit or SymbolKind.GlobalExplicit;
}
