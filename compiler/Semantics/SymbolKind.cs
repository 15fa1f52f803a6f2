namespace PyPack.Compiler.Semantics;

/// <summary>Where a name lives, as CPython's symtable classifies it.</summary>
public enum SymbolKind
{
    /// <summary>Bound in this scope (a module's or class's namespace, or a function's fast local).</summary>
    Local,
    /// <summary>Declared <c>global</c>.</summary>
    GlobalExplicit,
    /// <summary>Not bound anywhere enclosing: looked up in module globals, then builtins.</summary>
    GlobalImplicit,
    /// <summary>Bound in an enclosing function and read (or <c>nonlocal</c>) here.</summary>
    Free,
    /// <summary>A local of this function that nested functions use, so it lives in a cell.</summary>
    Cell,
}
