using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Builds the scopes of a module and classifies every name, as CPython's symtable does:
/// first collect what each scope binds, uses and declares, then resolve free variables
/// top-down (a name a function uses but does not bind is free if an enclosing function binds it,
/// else global) and mark the binding scope's variable as a cell.
/// </summary>
public sealed class ScopeBuilder
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private Scope _current = null!;

    public static ScopeTable Build(Module module)
    {
        var builder = new ScopeBuilder();
        var root = new Scope(ScopeKind.Module, "<module>", module, null);
        builder._scopes[module] = root;
        builder._current = root;
        builder.VisitStatements(module.Body);
        Resolve(root, []);
        return new ScopeTable(root, builder._scopes);
    }

    private void VisitStatements(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) VisitStatement(s);
    }

    private void VisitStatement(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.DecoratorList, f.Returns, () => VisitStatements(f.Body));
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.DecoratorList, f.Returns, () => VisitStatements(f.Body));
                break;
            case ClassDef c:
                foreach (var d in c.DecoratorList) VisitExpression(d);
                foreach (var b in c.Bases) VisitExpression(b);
                foreach (var k in c.Keywords) VisitExpression(k.Value);
                Bind(c.Name);
                InScope(new Scope(ScopeKind.Class, c.Name, c, _current), () => VisitStatements(c.Body));
                break;
            case Global g:
                foreach (var n in g.Names) _current.DeclaredGlobal.Add(_current.Mangle(n));
                break;
            case Nonlocal n:
                foreach (var name in n.Names) _current.DeclaredNonlocal.Add(_current.Mangle(name));
                break;
            case Import i:
                foreach (var a in i.Names) Bind(a.Asname ?? a.Name.Split('.')[0]);
                break;
            case ImportFrom i:
                foreach (var a in i.Names)
                {
                    if (a.Name != "*") Bind(a.Asname ?? a.Name);
                }
                break;
            case AnnAssign a:
                if (a.Target is Name annotated)
                {
                    // `x: int` makes x local even without a value, as in CPython.
                    Bind(annotated.Id);
                }
                else VisitExpression(a.Target);
                VisitExpression(a.Annotation);
                if (a.Value is not null) VisitExpression(a.Value);
                break;
            case Try t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case TryStar t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            default:
                VisitChildren(s);
                break;
        }
    }

    private void VisitTry(IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandlerBase> handlers, IReadOnlyList<Stmt> orelse, IReadOnlyList<Stmt> final)
    {
        VisitStatements(body);
        foreach (var h in handlers)
        {
            var handler = (ExceptHandler)h;
            if (handler.Type is not null) VisitExpression(handler.Type);
            if (handler.Name is not null) Bind(handler.Name);
            VisitStatements(handler.Body);
        }
        VisitStatements(orelse);
        VisitStatements(final);
    }

    private void VisitFunction(Node node, string name, Arguments args, IReadOnlyList<Expr> decorators, Expr? returns, Action body)
    {
        foreach (var d in decorators) VisitExpression(d);
        VisitArgumentDefaultsAndAnnotations(args);
        if (returns is not null) VisitExpression(returns);
        Bind(name);
        var scope = new Scope(ScopeKind.Function, name, node, _current);
        InScope(scope, () =>
        {
            BindParameters(scope, args);
            body();
        });
    }

    private void VisitArgumentDefaultsAndAnnotations(Arguments args)
    {
        foreach (var d in args.Defaults) VisitExpression(d);
        foreach (var d in args.KwDefaults)
        {
            if (d is not null) VisitExpression(d);
        }
        foreach (var a in AllParameters(args))
        {
            if (a.Annotation is not null) VisitExpression(a.Annotation);
        }
    }

    public static IEnumerable<Arg> AllParameters(Arguments args)
    {
        foreach (var a in args.Posonlyargs) yield return a;
        foreach (var a in args.Args) yield return a;
        if (args.Vararg is not null) yield return args.Vararg;
        foreach (var a in args.Kwonlyargs) yield return a;
        if (args.Kwarg is not null) yield return args.Kwarg;
    }

    private void BindParameters(Scope scope, Arguments args)
    {
        foreach (var a in AllParameters(args))
        {
            scope.Parameters.Add(scope.Mangle(a.ArgValue));
            scope.AddBound(scope.Mangle(a.ArgValue));
        }
    }

    private void InScope(Scope scope, Action visit)
    {
        _scopes[scope.Node] = scope;
        _current.Children.Add(scope);
        var saved = _current;
        _current = scope;
        visit();
        _current = saved;
    }

    private void VisitExpression(Expr e)
    {
        switch (e)
        {
            case Name n:
                if (n.Ctx == ExprContext.Load)
                {
                    _current.Used.Add(_current.Mangle(n.Id));
                    // Zero-argument super() reads the class cell: a use of __class__, as CPython's symtable records it.
                    if (n.Id == "super" && _current.IsFunctionLike) _current.Used.Add("__class__");
                }
                else Bind(n.Id);
                break;
            case NamedExpr w:
                VisitExpression(w.Value);
                BindWalrusTarget(((Name)w.Target).Id);
                break;
            case Lambda l:
                VisitArgumentDefaultsAndAnnotations(l.Args);
                var lambdaScope = new Scope(ScopeKind.Lambda, "<lambda>", l, _current);
                InScope(lambdaScope, () =>
                {
                    BindParameters(lambdaScope, l.Args);
                    VisitExpression(l.Body);
                });
                break;
            case ListComp c:
                VisitComprehension(c, "<listcomp>", c.Generators, [c.Elt]);
                break;
            case SetComp c:
                VisitComprehension(c, "<setcomp>", c.Generators, [c.Elt]);
                break;
            case GeneratorExp c:
                VisitComprehension(c, "<genexpr>", c.Generators, [c.Elt]);
                break;
            case DictComp c:
                VisitComprehension(c, "<dictcomp>", c.Generators, [c.Key, c.Value]);
                break;
            default:
                VisitChildren(e);
                break;
        }
    }

    /// <summary>
    /// The first iterable is evaluated in the enclosing scope; everything else runs in the
    /// comprehension's own function scope, with the implicit parameter <c>.0</c>.
    /// </summary>
    private void VisitComprehension(Expr node, string name, IReadOnlyList<Comprehension> generators, Expr[] results)
    {
        VisitExpression(generators[0].Iter);
        var scope = new Scope(ScopeKind.Comprehension, name, node, _current);
        InScope(scope, () =>
        {
            scope.Parameters.Add(".0");
            Bind(".0");
            for (var i = 0; i < generators.Count; i++)
            {
                var g = generators[i];
                if (i > 0) VisitExpression(g.Iter);
                VisitExpression(g.Target);
                foreach (var cond in g.Ifs) VisitExpression(cond);
            }
            foreach (var r in results) VisitExpression(r);
        });
    }

    /// <summary>A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope.</summary>
    private void BindWalrusTarget(string name)
    {
        name = _current.Mangle(name);
        var target = _current;
        while (target.Kind == ScopeKind.Comprehension && target.Parent is not null)
        {
            target.Used.Add(name);
            target.DeclaredNonlocal.Add(name);
            target = target.Parent;
        }
        if (target == _current) Bind(name);
        else if (target.Kind == ScopeKind.Module) BindIn(target, name, asGlobalFor: _current);
        else target.AddBound(name);
    }

    private static void BindIn(Scope module, string name, Scope asGlobalFor)
    {
        module.AddBound(name);
        for (var s = asGlobalFor; s != module && s is not null; s = s.Parent!)
        {
            s.DeclaredNonlocal.Remove(name);
            s.DeclaredGlobal.Add(name);
        }
    }

    private void Bind(string name) => _current.AddBound(_current.Mangle(name));

    /// <summary>Visits every child expression and statement of <paramref name="node"/> generically.</summary>
    private void VisitChildren(Node node)
    {
        for (var i = 0; i < node.FieldNames.Count; i++) VisitValue(node.GetField(i));
    }

    private void VisitValue(object? value)
    {
        switch (value)
        {
            case Stmt s: VisitStatement(s); break;
            case Expr e: VisitExpression(e); break;
            case Pattern p:
                // Captures are plain strings in the AST, not Name nodes.
                if (p is MatchAs { Name: { } asName }) Bind(asName);
                else if (p is MatchStar { Name: { } starName }) Bind(starName);
                else if (p is MatchMapping { Rest: { } rest }) Bind(rest);
                VisitChildren(p);
                break;
            case Node n: VisitChildren(n); break;
            case System.Collections.IEnumerable list and not string:
                foreach (var item in list) VisitValue(item);
                break;
        }
    }

    /// <summary>Classifies each scope's names, given the names enclosing functions bind.</summary>
    private static void Resolve(Scope scope, HashSet<string> enclosingFunctionBindings)
    {
        foreach (var name in scope.DeclaredGlobal) scope.Set(name, SymbolKind.GlobalExplicit);
        foreach (var name in scope.DeclaredNonlocal) scope.Set(name, SymbolKind.Free);
        foreach (var name in scope.Bound)
        {
            if (scope.DeclaredGlobal.Contains(name) || scope.DeclaredNonlocal.Contains(name)) continue;
            scope.Set(name, scope.Kind == ScopeKind.Module ? SymbolKind.GlobalImplicit : SymbolKind.Local);
        }
        foreach (var name in scope.Used)
        {
            if (scope.Symbols.ContainsKey(name)) continue;
            scope.Set(name, enclosingFunctionBindings.Contains(name) ? SymbolKind.Free : SymbolKind.GlobalImplicit);
        }

        // What this scope's children may close over: names bound by enclosing functions, plus this
        // scope's own locals when it is a function. Class namespaces are not visible to methods.
        var forChildren = enclosingFunctionBindings;
        if (scope.IsFunctionLike)
        {
            forChildren = new HashSet<string>(enclosingFunctionBindings, StringComparer.Ordinal);
            foreach (var (name, kind) in scope.Symbols)
            {
                if (kind is SymbolKind.Local or SymbolKind.Free) forChildren.Add(name);
                else forChildren.Remove(name);
            }
        }
        if (scope.Kind == ScopeKind.Class)
        {
            // A class gives the functions inside it the implicit __class__ cell (super(), __class__),
            // whatever depth they use it at: methods, and lambdas or defs nested in them.
            forChildren = new HashSet<string>(enclosingFunctionBindings, StringComparer.Ordinal) { "__class__" };
        }
        foreach (var child in scope.Children)
        {
            Resolve(child, forChildren);
            var childFree = child.Symbols.Where(kv => kv.Value == SymbolKind.Free).Select(kv => kv.Key).Concat(child.FreeThroughClass).ToList();
            foreach (var name in childFree)
            {
                if (scope.Kind == ScopeKind.Class && name == "__class__") continue;
                var mine = scope.Symbols.TryGetValue(name, out var k) ? k : (SymbolKind?)null;
                if (scope.IsFunctionLike && mine is SymbolKind.Local) scope.Set(name, SymbolKind.Cell);
                else if (mine is null or SymbolKind.GlobalImplicit && scope.Kind != ScopeKind.Module) scope.Set(name, SymbolKind.Free);
                else if (scope.Kind == ScopeKind.Class && mine is SymbolKind.Local) scope.FreeThroughClass.Add(name);
            }
        }
    }
}
