using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Calls of the builtins <c>len(x)</c> and <c>int(x)</c> by a global name the module never binds:
/// their results are numbers, so they can stay unboxed (Runtime.Operations.Unboxed.CallLen and
/// CallInt), as in <c>total += int(left) + len(right)</c>. Only speed depends on the guess: the
/// runtime checks that the callee is still the builtin, and carries whatever else a rebound name
/// returns as an object.
/// </summary>
public static class NumberBuiltins
{
    /// <summary>The builtin <paramref name="c"/> calls ("len" or "int") if it is such a call with one positional argument; else null.</summary>
    public static string? FunctionCalled(Call c, Scope scope)
    {
        if (c is not { Func: Name { Id: "len" or "int" } n, Args.Count: 1, Keywords.Count: 0 } || c.Args[0] is Starred) return null;
        if (scope.Kind == ScopeKind.Class || scope.Lookup(n.Id) is not (SymbolKind.GlobalImplicit or SymbolKind.GlobalExplicit)) return null;
        var module = scope;
        while (module.Parent is not null) module = module.Parent;
        return module.Binds(n.Id) ? null : n.Id;
    }
}
