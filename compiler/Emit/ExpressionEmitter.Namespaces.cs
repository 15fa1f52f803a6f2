using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// <c>globals()</c>, <c>locals()</c>, <c>vars()</c> and <c>dir()</c> without arguments: CPython
/// reads the caller's frame; compiled code has no frames, so the call site passes its namespace.
/// </summary>
public sealed partial class ExpressionEmitter
{
    private static readonly Dictionary<string, string> s_namespaceBuiltins = new(StringComparer.Ordinal)
    {
        ["globals"] = "BuiltinsModule.GlobalsFunction",
        ["locals"] = "BuiltinsModule.LocalsFunction",
        ["vars"] = "BuiltinsModule.VarsFunction",
        ["dir"] = "BuiltinsModule.DirFunction",
    };

    private bool IsNamespaceCall(Call c, out string builtin) =>
        s_namespaceBuiltins.TryGetValue(c is { Func: Name n, Args.Count: 0, Keywords.Count: 0 } ? n.Id : "", out builtin!)
        && context.Resolve(((Name)c.Func).Id).Storage == NameStorage.Global;

    private string EmitNamespaceCall(Call c, string builtin)
    {
        var name = ((Name)c.Func).Id;
        var callee = Obj(c.Func);
        return $"CallerNamespace.Call({callee}, PyPack.Runtime.Builtins.{builtin}, {CurrentNamespace(c, global: name == "globals")})";
    }

    /// <summary>The C# expression for the namespace of the code being emitted (a dict or, in a class body, its mapping).</summary>
    private string CurrentNamespace(Call at, bool global)
    {
        if (global || context.IsModuleLevel) return $"{Module.SelfReference()}.Globals.AsDict()";
        if (context.InComprehension || context.Scope.Kind == ScopeKind.Comprehension)
        {
            throw new UnsupportedConstruct(at, $"{((Name)at.Func).Id}() inside a comprehension or generator expression");
        }
        if (context.ClassNamespaceVar is { } ns) return $"{ns}.Mapping";
        var names = FrameVariables(context.Scope);
        var values = names.Select(n => ValueOrNull(n, at));
        var frame = context.FrameLocalsVar ??= context.NewTemp("PyDict?");
        return $"CallerNamespace.Refresh({frame} ??= new PyDict(), {Module.KeywordNames(names)}, new PyObject?[] {{ {string.Join(", ", values)} }})";
    }

    /// <summary>
    /// A function's variables in the order CPython's frame lists them: parameters and plain locals
    /// as first bound, then the cell variables that are not parameters and the free variables, each
    /// sorted by name (the order of CPython's co_cellvars and co_freevars).
    /// </summary>
    private static List<string> FrameVariables(Scope scope)
    {
        var names = CodeParameterOrder(scope).ToList();
        names.AddRange(scope.Bound.Where(n => !scope.Parameters.Contains(n) && scope.Lookup(n) == SymbolKind.Local));
        names.AddRange(scope.Symbols.Where(s => s.Value == SymbolKind.Cell && !scope.Parameters.Contains(s.Key)).Select(s => s.Key).Order(StringComparer.Ordinal));
        names.AddRange(scope.Symbols.Where(s => s.Value == SymbolKind.Free).Select(s => s.Key).Order(StringComparer.Ordinal));
        return names;
    }

    /// <summary>Parameters as a code object lists them: keyword-only ones before <c>*args</c>, <c>**kwargs</c> last.</summary>
    private static IEnumerable<string> CodeParameterOrder(Scope scope)
    {
        var args = scope.Node switch
        {
            FunctionDef f => f.Args,
            AsyncFunctionDef f => f.Args,
            Lambda l => l.Args,
            _ => null,
        };
        if (args is null) return scope.Parameters;
        var ordered = args.Posonlyargs.Concat(args.Args).Concat(args.Kwonlyargs);
        if (args.Vararg is not null) ordered = ordered.Append(args.Vararg);
        if (args.Kwarg is not null) ordered = ordered.Append(args.Kwarg);
        return ordered.Select(a => scope.Mangle(a.ArgValue));
    }

    /// <summary>C# for a variable's value, or null while it is unbound (never raises).</summary>
    private string ValueOrNull(string name, Node at)
    {
        var access = context.Resolve(name);
        return access.Storage switch
        {
            NameStorage.Local => access.CSharpName,
            NameStorage.Unboxed => $"{access.CSharpName}.BoxOrNull()",
            NameStorage.Cell => $"{access.CSharpName}.Value",
            _ => throw new UnsupportedConstruct(at, $"locals() with the variable '{name}'"),
        };
    }
}
