using System.Text;
using PyPack.Compiler.Syntax;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// The SyntaxErrors CPython raises after parsing, from its symbol table and compiler: statements
/// out of place ('break' outside loop, 'return'/'yield'/'await' outside function), global and
/// nonlocal misuse, duplicate parameters, a walrus rebinding a comprehension variable. Walked in
/// source order, so "assigned to before global declaration" is judged as CPython judges it.
/// </summary>
public sealed class CompileChecks
{
    private readonly string _fileName;
    private readonly string[] _lines;
    private readonly ScopeTable _scopes;
    private readonly Stack<ScopeState> _states = new();
    private readonly Stack<HashSet<string>> _comprehensionTargets = new();
    private int _loopDepth;
    private readonly HashSet<ImportFrom> _futurePrefix = [];

    // Inside an except* clause: the loop depth where it began (break/continue/return may not leave it).
    private int? _exceptStarLoopDepth;
    private const string LeavesExceptStar = "'break', 'continue' and 'return' cannot appear in an except* block";

    private CompileChecks(string fileName, string source, ScopeTable scopes)
    {
        _fileName = fileName;
        _lines = source.Split('\n');
        _scopes = scopes;
    }

    public static void Run(Module module, ScopeTable scopes, string fileName, string source)
    {
        var checks = new CompileChecks(fileName, source, scopes);
        checks._states.Push(new ScopeState(scopes.Module));
        checks.FutureStatements(module.Body);
        checks.Statements(module.Body);
    }

    /// <summary>Names seen so far in one scope, for the global/nonlocal ordering rules.</summary>
    private sealed class ScopeState(Scope scope)
    {
        public Scope Scope { get; } = scope;
        public HashSet<string> Assigned { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Used { get; } = new(StringComparer.Ordinal);
        public bool IsFunction => Scope.Kind is ScopeKind.Function or ScopeKind.Lambda;
        public bool IsAsync { get; init; }
        public bool IsAsyncGenerator { get; init; }

        /// <summary>How many comprehensions of this scope the walk is inside (they may await when the scope is async).</summary>
        public int ComprehensionDepth { get; set; }
    }

    private ScopeState Current => _states.Peek();

    private void Statements(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) Statement(s);
    }

    private void Statement(Stmt s)
    {
        switch (s)
        {
            case Break when _loopDepth == 0:
                throw Error(s, "'break' outside loop");
            case Continue when _loopDepth == 0:
                throw Error(s, "'continue' not properly in loop");
            case Break or Continue when _loopDepth == _exceptStarLoopDepth:
                throw Error(s, LeavesExceptStar);
            case Return r:
                if (!Current.IsFunction) throw Error(s, "'return' outside function");
                if (r.Value is not null) Expression(r.Value);
                if (r.Value is not null && Current.IsAsyncGenerator) throw Error(s, "'return' with value in async generator");
                // CPython reports it where the compiler last was: the returned value.
                if (_exceptStarLoopDepth is not null) throw Error(r.Value ?? (Node)r, LeavesExceptStar);
                return;
            case TryStar t:
                Statements(t.Body);
                foreach (var h in t.Handlers.Cast<ExceptHandler>())
                {
                    if (h.Type is not null) Expression(h.Type);
                    if (h.Name is not null) Current.Assigned.Add(h.Name);
                    var saved = _exceptStarLoopDepth;
                    _exceptStarLoopDepth = _loopDepth;
                    Statements(h.Body);
                    _exceptStarLoopDepth = saved;
                }
                Statements(t.Orelse);
                Statements(t.Finalbody);
                return;
            case Global g:
                foreach (var name in g.Names) Declaration(s, name, "global");
                return;
            case Nonlocal n:
                if (Current.Scope.Kind == ScopeKind.Module) throw Error(s, "nonlocal declaration not allowed at module level");
                foreach (var name in n.Names)
                {
                    Declaration(s, name, "nonlocal");
                    if (!EnclosingFunctionBinds(Current.Scope, name)) throw Error(s, $"no binding for nonlocal '{name}' found");
                }
                return;
            case FunctionDef f:
                Function(f, f.Name, f.Args, f.DecoratorList, f.Returns, f.Body, isAsync: false);
                return;
            case AsyncFunctionDef f:
                Function(f, f.Name, f.Args, f.DecoratorList, f.Returns, f.Body, isAsync: true);
                return;
            case ClassDef c:
                foreach (var d in c.DecoratorList) Expression(d);
                foreach (var b in c.Bases) Expression(b);
                foreach (var k in c.Keywords) Expression(k.Value);
                Current.Assigned.Add(c.Name);
                InScope(c, isAsync: false, () => Statements(c.Body));
                return;
            case For or AsyncFor or While:
                Loop(s);
                return;
            case Match m:
                Value(m.Subject);
                // Case by case, so a pattern error comes after the errors of the cases before it.
                for (int i = 0; i < m.Cases.Count; i++)
                {
                    PatternChecks.Case(m.Cases[i], isLastCase: i == m.Cases.Count - 1, Error);
                    Children(m.Cases[i]);
                }
                return;
            case Import i:
                foreach (var a in i.Names) Current.Assigned.Add(a.Asname ?? a.Name.Split('.')[0]);
                return;
            case ImportFrom { Module: "__future__", Level: 0 } f when !_futurePrefix.Contains(f):
                throw Error(s, "from __future__ imports must occur at the beginning of the file");
            case ImportFrom i:
                foreach (var a in i.Names) Current.Assigned.Add(a.Asname ?? a.Name);
                return;
        }
        Children(s);
    }

    private static readonly HashSet<string> s_futureFeatures = new(StringComparer.Ordinal)
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    /// <summary>
    /// The future statements at the top of the module (after the docstring), the only place they
    /// may be; each must name a known feature. CPython points these errors at the statement's start only.
    /// </summary>
    private void FutureStatements(IReadOnlyList<Stmt> body)
    {
        var start = body is [ExprStmt { Value: Constant { Value: string } }, ..] ? 1 : 0;
        for (var i = start; i < body.Count && body[i] is ImportFrom { Module: "__future__", Level: 0 } f; i++)
        {
            _futurePrefix.Add(f);
            foreach (var a in f.Names)
            {
                if (s_futureFeatures.Contains(a.Name)) continue;
                var message = a.Name == "braces" ? "not a chance" : $"future feature {a.Name} is not defined";
                var text = f.Line <= _lines.Length ? _lines[f.Line - 1].TrimEnd('\r') + "\n" : null;
                throw new PythonSyntaxError("SyntaxError", message, _fileName, f.Line, f.Col + 1, f.Line, -1, text);
            }
        }
    }

    private void Loop(Stmt loop)
    {
        var (head, body, orelse) = loop switch
        {
            For f => ((Node[])[f.Target, f.Iter], f.Body, f.Orelse),
            AsyncFor f => ([f.Target, f.Iter], f.Body, f.Orelse),
            While w => ([w.Test], ((While)loop).Body, w.Orelse),
            _ => throw new ArgumentOutOfRangeException(nameof(loop)),
        };
        foreach (var h in head) Value(h);
        _loopDepth++;
        Statements(body);
        _loopDepth--;
        Statements(orelse);
    }

    private void Function(Node node, string name, Arguments args, IReadOnlyList<Expr> decorators, Expr? returns, IReadOnlyList<Stmt> body, bool isAsync)
    {
        foreach (var d in decorators) Expression(d);
        Parameters(args);
        if (returns is not null) Expression(returns);
        Current.Assigned.Add(name);
        InScope(node, isAsync, () => Statements(body));
    }

    private void Parameters(Arguments args)
    {
        foreach (var d in args.Defaults) Expression(d);
        foreach (var d in args.KwDefaults)
        {
            if (d is not null) Expression(d);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in ScopeBuilder.AllParameters(args))
        {
            if (a.Annotation is not null) Expression(a.Annotation);
            if (!seen.Add(a.ArgValue)) throw Error(a, $"duplicate argument '{a.ArgValue}' in function definition");
        }
    }

    private void InScope(Node node, bool isAsync, Action walk)
    {
        var savedLoops = _loopDepth;
        var savedExceptStar = _exceptStarLoopDepth;
        _loopDepth = 0;
        _exceptStarLoopDepth = null;
        var state = new ScopeState(_scopes[node])
        {
            IsAsync = isAsync,
            IsAsyncGenerator = isAsync && node is AsyncFunctionDef f && Lowering.GeneratorLowering.IsGenerator(f.Body),
        };
        foreach (var p in state.Scope.Parameters) state.Assigned.Add(p);
        _states.Push(state);
        walk();
        _states.Pop();
        _loopDepth = savedLoops;
        _exceptStarLoopDepth = savedExceptStar;
    }

    /// <summary>A global or nonlocal declaration must come before any use or binding of the name in its scope.</summary>
    private void Declaration(Stmt s, string name, string kind)
    {
        var state = Current;
        if (state.IsFunction && state.Scope.Parameters.Contains(name)) throw Error(s, $"name '{name}' is parameter and {kind}");
        if (state.Assigned.Contains(name)) throw Error(s, $"name '{name}' is assigned to before {kind} declaration");
        if (state.Used.Contains(name)) throw Error(s, $"name '{name}' is used prior to {kind} declaration");
    }

    private static bool EnclosingFunctionBinds(Scope scope, string name)
    {
        for (var s = scope.Parent; s is not null && s.Kind != ScopeKind.Module; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class) continue;
            if (s.DeclaredGlobal.Contains(name)) return false;
            if (s.Binds(name) || s.DeclaredNonlocal.Contains(name)) return true;
        }
        return false;
    }

    private void Expression(Expr e)
    {
        switch (e)
        {
            case Name n:
                if (n.Ctx == ExprContext.Load) Current.Used.Add(n.Id);
                else Current.Assigned.Add(n.Id);
                return;
            case Yield or YieldFrom when !Current.IsFunction:
                throw Error(e, "'yield' outside function");
            case Await when !Current.IsFunction:
                throw Error(e, "'await' outside function");
            case YieldFrom when Current.IsAsync:
                throw Error(e, "'yield from' inside async function");
            case Await when !Current.IsAsync && Current.ComprehensionDepth == 0:
                throw Error(e, "'await' outside async function");
            case NamedExpr w:
                Expression(w.Value);
                var target = (Name)w.Target;
                foreach (var names in _comprehensionTargets)
                {
                    if (names.Contains(target.Id)) throw Error(target, $"assignment expression cannot rebind comprehension iteration variable '{target.Id}'");
                }
                Current.Assigned.Add(target.Id);
                return;
            case Lambda l:
                Parameters(l.Args);
                InScope(l, isAsync: false, () => Expression(l.Body));
                return;
            case ListComp or SetComp or DictComp when !Current.IsAsync && Current.ComprehensionDepth == 0 && Lowering.GeneratorLowering.IsAsyncComprehension(e):
                throw Error(e, "asynchronous comprehension outside of an asynchronous function");
            case ListComp c:
                Comprehension(c.Generators, c.Elt);
                return;
            case SetComp c:
                Comprehension(c.Generators, c.Elt);
                return;
            case GeneratorExp c:
                Comprehension(c.Generators, c.Elt);
                return;
            case DictComp c:
                Comprehension(c.Generators, c.Key, c.Value);
                return;
        }
        Children(e);
    }

    private void Comprehension(IReadOnlyList<Comprehension> generators, params Expr[] results)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in generators) CollectNames(g.Target, targets);
        // The first iterable is evaluated by the enclosing scope.
        Expression(generators[0].Iter);
        _comprehensionTargets.Push(targets);
        Current.ComprehensionDepth++;
        for (var i = 0; i < generators.Count; i++)
        {
            if (i > 0) Expression(generators[i].Iter);
            foreach (var cond in generators[i].Ifs) Expression(cond);
        }
        foreach (var r in results) Expression(r);
        Current.ComprehensionDepth--;
        _comprehensionTargets.Pop();
    }

    private static void CollectNames(Expr target, HashSet<string> names)
    {
        switch (target)
        {
            case Name n: names.Add(n.Id); break;
            case Syntax.Ast.Tuple t: foreach (var x in t.Elts) CollectNames(x, names); break;
            case List l: foreach (var x in l.Elts) CollectNames(x, names); break;
            case Starred s: CollectNames(s.Value, names); break;
        }
    }

    private void Children(Node node)
    {
        for (var i = 0; i < node.FieldNames.Count; i++) Value(node.GetField(i));
    }

    private void Value(object? value)
    {
        switch (value)
        {
            case Stmt s: Statement(s); break;
            case Expr e: Expression(e); break;
            case ExceptHandler h:
                if (h.Type is not null) Expression(h.Type);
                if (h.Name is not null) Current.Assigned.Add(h.Name);
                Statements(h.Body);
                break;
            case Node n: Children(n); break;
            case System.Collections.IEnumerable items and not string:
                foreach (var item in items) Value(item);
                break;
        }
    }

    private PythonSyntaxError Error(Node node, string message)
    {
        var text = node.Line >= 1 && node.Line <= _lines.Length ? _lines[node.Line - 1].TrimEnd('\r') + "\n" : null;
        return new PythonSyntaxError("SyntaxError", message, _fileName, node.Line, node.Col + 1, node.EndLine, node.EndCol + 1, text);
    }
}
