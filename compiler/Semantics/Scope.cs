using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Semantics;

/// <summary>One scope of a module: its names and how each is reached.</summary>
public sealed class Scope(ScopeKind kind, string name, Node node, Scope? parent)
{
    private readonly Dictionary<string, SymbolKind> _symbols = new(StringComparer.Ordinal);

    public ScopeKind Kind { get; } = kind;
    public string Name { get; } = name;
    public Node Node { get; } = node;
    public Scope? Parent { get; } = parent;
    public List<Scope> Children { get; } = [];

    /// <summary>Names bound here, in the order first bound (parameters first).</summary>
    public List<string> Bound { get; } = [];
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DeclaredGlobal { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DeclaredNonlocal { get; } = new(StringComparer.Ordinal);
    public List<string> Parameters { get; } = [];

    /// <summary>
    /// A class's names that it binds itself while its methods close over the enclosing function's
    /// variable of that name (CPython's DEF_FREE_CLASS): the class passes the cell through.
    /// </summary>
    public SortedSet<string> FreeThroughClass { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether this is a function-like scope, whose locals nested functions can close over.</summary>
    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public bool Binds(string name) => _boundSet.Contains(Mangle(name));

    /// <summary>
    /// Private name mangling: inside a class (and the functions in it) <c>__x</c> means <c>_Class__x</c>,
    /// for names, attributes and parameters alike; dunder names and names in no class are left alone.
    /// </summary>
    public string Mangle(string name)
    {
        if (name.Length < 3 || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
        {
            return name;
        }
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s.Kind != ScopeKind.Class) continue;
            var owner = s.Name.TrimStart('_');
            return owner.Length == 0 ? name : "_" + owner + name;
        }
        return name;
    }

    private readonly HashSet<string> _boundSet = new(StringComparer.Ordinal);

    internal void AddBound(string name)
    {
        if (_boundSet.Add(name)) Bound.Add(name);
    }

    public SymbolKind Lookup(string name) =>
        _symbols.TryGetValue(Mangle(name), out var kind) ? kind : SymbolKind.GlobalImplicit;

    public IReadOnlyDictionary<string, SymbolKind> Symbols => _symbols;

    internal void Set(string name, SymbolKind kind) => _symbols[name] = kind;

    /// <summary>The qualified name CPython gives functions and classes defined here (<c>A.f.&lt;locals&gt;.g</c>).</summary>
    public string QualifiedName
    {
        get
        {
            if (Parent is null || Parent.Kind == ScopeKind.Module) return Name;
            // Only function scopes add <locals>: a lambda in a comprehension is "<listcomp>.<lambda>".
            return Parent.Kind is ScopeKind.Class or ScopeKind.Comprehension ? $"{Parent.QualifiedName}.{Name}" : $"{Parent.QualifiedName}.<locals>.{Name}";
        }
    }
}
