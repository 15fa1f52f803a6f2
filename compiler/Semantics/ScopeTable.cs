using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Semantics;

/// <summary>The scopes of one module, found by the node that opens each.</summary>
public sealed class ScopeTable(Scope module, IReadOnlyDictionary<Node, Scope> scopes)
{
    public Scope Module { get; } = module;

    public Scope this[Node node] => scopes[node];
}
