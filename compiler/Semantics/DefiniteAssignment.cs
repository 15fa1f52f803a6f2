using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Finds the reads of a function's locals that can never see the local unbound, so the emitter can
/// drop their UnboundLocalError check. A deliberately simple flow analysis over the statements'
/// structure (see <see cref="Flow"/>):
/// <code>
/// def f(n):            # n: a parameter never deleted -> every read is safe
///     total = 0        # an assignment ...
///     for i in ...:    # ... makes later reads of total safe, here too; i is safe in the loop's body
///         total += i
///     if n: k = 1
///     return k         # k is not bound on every path: checked
/// </code>
/// A name that is ever deleted or bound by <c>except ... as</c> (which unbinds it afterwards)
/// keeps every check. Lambdas, defs and classes are not looked into. Comprehensions are: they
/// see the enclosing names bound where they stand (nothing in an expression unbinds a name), and
/// each of their loops binds its target before the parts after it run:
/// <code>
/// [f(x, y) for x in xs if x for y in g(x)]   # every x and y here is safe; so are n and total
/// [z for x in xs if z for z in x]            # the first z is read before its loop binds it: checked
/// </code>
/// A body that has no locals of its own (a module's, a class's) is analysed the same way, for its
/// comprehensions' variables.
/// </summary>
public static class DefiniteAssignment
{
    /// <summary>The <see cref="Name"/> loads in <paramref name="body"/> that always find the local bound.</summary>
    public static HashSet<Name> SafeReads(IEnumerable<string> parameters, IReadOnlyList<Stmt> body)
    {
        var unbindable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in NodeWalk.Descendants(body, intoNestedScopes: true))
        {
            switch (node)
            {
                case Delete d:
                    foreach (var t in d.Targets) CollectNames(t, unbindable);
                    break;
                case ExceptHandler { Name: { } n }:
                    unbindable.Add(n);
                    break;
                // A walrus rebinds a name in the middle of an expression: its reads keep their load, so a
                // number passed by reference to an operation (`i + (i := 5)`) is read before the rebinding.
                case NamedExpr { Target: Name n }:
                    unbindable.Add(n.Id);
                    break;
            }
        }
        var bound = new HashSet<string>(parameters.Where(p => !unbindable.Contains(p)), StringComparer.Ordinal);
        var safe = new HashSet<Name>(ReferenceEqualityComparer.Instance);
        new Flow(unbindable, safe).Block(body, bound);
        return safe;
    }

    /// <summary>
    /// The walk over a body's statements in order, with the names bound on every path that reaches
    /// each one. A compound statement's parts see what is bound where they start: a loop's body the
    /// names bound before the loop (and its target), a handler the names bound before the try. After
    /// a loop only what was bound before it counts (it may run no time); after an if, what both
    /// branches bind; after a try, what its body and every handler bind, and its finally block.
    /// A statement that never completes (return, raise, break, continue) makes its block bind
    /// everything, so an if whose branch leaves keeps what the other branch binds:
    /// <code>
    /// for i in range(n):       # i is safe in the body
    ///     if i: x = 1
    ///     else: return
    ///     print(x)             # safe: the else branch never gets here
    /// print(i)                 # checked: the loop may not have run
    /// </code>
    /// </summary>
    private sealed class Flow(HashSet<string> unbindable, HashSet<Name> safe)
    {
        /// <summary>Walks <paramref name="body"/> from <paramref name="bound"/> (changed in place): null when it never completes normally.</summary>
        public HashSet<string>? Block(IReadOnlyList<Stmt> body, HashSet<string> bound)
        {
            var completes = true;
            foreach (var statement in body)
            {
                if (!Statement(statement, bound)) completes = false;
            }
            return completes ? bound : null;
        }

        /// <summary>Marks the safe reads of <paramref name="statement"/> and adds what it binds to <paramref name="bound"/>; false when it never completes normally.</summary>
        private bool Statement(Stmt statement, HashSet<string> bound)
        {
            switch (statement)
            {
                case If s:
                {
                    ExpressionReads(s.Test, bound, safe);
                    var then = Block(s.Body, Copy(bound));
                    var otherwise = Block(s.Orelse, Copy(bound));
                    return Join(bound, then, otherwise);
                }
                case For or AsyncFor:
                {
                    var (target, iter, loopBody, orelse) = statement is For f ? (f.Target, f.Iter, f.Body, f.Orelse) : (((AsyncFor)statement).Target, ((AsyncFor)statement).Iter, ((AsyncFor)statement).Body, ((AsyncFor)statement).Orelse);
                    ExpressionReads(iter, bound, safe);
                    var inBody = Copy(bound);
                    Bind(target, inBody);
                    Block(loopBody, inBody);
                    Block(orelse, Copy(bound));
                    return true;
                }
                case While s:
                    ExpressionReads(s.Test, bound, safe);
                    Block(s.Body, Copy(bound));
                    Block(s.Orelse, Copy(bound));
                    return true;
                case Try or TryStar:
                {
                    var (tryBody, handlers, orelse, finalBody) = statement is Try t ? (t.Body, t.Handlers, t.Orelse, t.Finalbody) : (((TryStar)statement).Body, ((TryStar)statement).Handlers, ((TryStar)statement).Orelse, ((TryStar)statement).Finalbody);
                    var after = Block(tryBody, Copy(bound));
                    if (after is not null) after = Block(orelse, after);
                    foreach (var handler in handlers)
                    {
                        if (handler is not ExceptHandler h)
                        {
                            Unknown(handler, bound);
                            continue;
                        }
                        if (h.Type is not null) ExpressionReads(h.Type, bound, safe);
                        var handled = Block(h.Body, Copy(bound));
                        after = after is null ? handled : handled is null ? after : Intersect(after, handled);
                    }
                    var final = Block(finalBody, Copy(bound));
                    if (final is null) return false;
                    if (after is null) return false;
                    bound.UnionWith(after);
                    bound.UnionWith(final);
                    return true;
                }
                case With or AsyncWith:
                {
                    var (items, withBody) = statement is With w ? (w.Items, w.Body) : (((AsyncWith)statement).Items, ((AsyncWith)statement).Body);
                    // Each item's expression runs after the earlier items bound their targets.
                    foreach (var item in items)
                    {
                        ExpressionReads(item.ContextExpr, bound, safe);
                        if (item.OptionalVars is { } vars) Bind(vars, bound);
                    }
                    // An __exit__ may swallow an exception from the body: what the body binds does not count after it.
                    Block(withBody, Copy(bound));
                    return true;
                }
                case Match m:
                    ExpressionReads(m.Subject, bound, safe);
                    foreach (var c in m.Cases)
                    {
                        // The pattern's captures are not followed: its guard and body see what was bound before the match.
                        var inCase = Copy(bound);
                        if (c.Guard is not null) ExpressionReads(c.Guard, inCase, safe);
                        Block(c.Body, inCase);
                    }
                    return true;
                case Return or Raise or Break or Continue:
                    Unknown(statement, bound);
                    return false;
                default:
                    Unknown(statement, bound);
                    Binds(statement, bound);
                    return true;
            }
        }

        /// <summary>A simple statement (or a part not looked into): every read in it sees at least <paramref name="bound"/>.</summary>
        private void Unknown(Node node, HashSet<string> bound)
        {
            foreach (var n in NodeWalk.Descendants([node], intoNestedScopes: false))
            {
                if (n is Name { Ctx: ExprContext.Load } name && bound.Contains(name.Id)) safe.Add(name);
                // x += ... reads x first: the target, though a store, reads it bound too.
                if (n is AugAssign { Target: Name t } && bound.Contains(t.Id)) safe.Add(t);
                if (n is ListComp or SetComp or DictComp or GeneratorExp) ComprehensionReads((Expr)n, bound, safe);
            }
        }

        /// <summary>What a simple statement binds when it completes normally: later statements read it bound.</summary>
        private void Binds(Stmt statement, HashSet<string> bound)
        {
            switch (statement)
            {
                case Assign a:
                    foreach (var t in a.Targets) Bind(t, bound);
                    break;
                case AugAssign { Target: Name t }:
                    Bind(t, bound);
                    break;
                case AnnAssign { Target: Name t, Value: not null }:
                    Bind(t, bound);
                    break;
                case FunctionDef fd:
                    Add(fd.Name, bound);
                    break;
                case AsyncFunctionDef afd:
                    Add(afd.Name, bound);
                    break;
                case ClassDef cd:
                    Add(cd.Name, bound);
                    break;
            }
        }

        private void Bind(Expr target, HashSet<string> bound)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            CollectNames(target, names);
            foreach (var n in names) Add(n, bound);
        }

        private void Add(string name, HashSet<string> bound)
        {
            if (!unbindable.Contains(name)) bound.Add(name);
        }

        private static HashSet<string> Copy(HashSet<string> bound) => new(bound, StringComparer.Ordinal);

        private static HashSet<string> Intersect(HashSet<string> a, HashSet<string> b)
        {
            var r = Copy(a);
            r.IntersectWith(b);
            return r;
        }

        /// <summary>After two branches from <paramref name="bound"/>: what both bind (a branch that never completes binds everything); false when neither completes.</summary>
        private static bool Join(HashSet<string> bound, HashSet<string>? a, HashSet<string>? b)
        {
            if (a is null && b is null) return false;
            bound.UnionWith(a is null ? b! : b is null ? a : Intersect(a, b));
            return true;
        }
    }

    /// <summary>
    /// The safe reads in comprehension <paramref name="comprehension"/>, where <paramref name="outer"/>
    /// are the names bound in the scope it stands in. Its first iterable runs in that scope; the rest
    /// sees those names less the ones the comprehension binds itself (its own variables), plus the
    /// targets of the loops that enclose each part.
    /// </summary>
    private static void ComprehensionReads(Expr comprehension, HashSet<string> outer, HashSet<Name> safe)
    {
        var (generators, results) = comprehension switch
        {
            ListComp c => (c.Generators, new[] { c.Elt }),
            SetComp c => (c.Generators, new[] { c.Elt }),
            DictComp c => (c.Generators, new[] { c.Key, c.Value }),
            _ => (((GeneratorExp)comprehension).Generators, new[] { ((GeneratorExp)comprehension).Elt }),
        };
        ExpressionReads(generators[0].Iter, outer, safe);
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in generators) CollectNames(g.Target, own);
        var bound = new HashSet<string>(outer.Where(n => !own.Contains(n)), StringComparer.Ordinal);
        for (var i = 0; i < generators.Count; i++)
        {
            if (i > 0) ExpressionReads(generators[i].Iter, bound, safe);
            CollectNames(generators[i].Target, bound);
            foreach (var condition in generators[i].Ifs) ExpressionReads(condition, bound, safe);
        }
        foreach (var result in results) ExpressionReads(result, bound, safe);
    }

    private static void ExpressionReads(Expr e, HashSet<string> bound, HashSet<Name> safe)
    {
        foreach (var node in NodeWalk.Descendants([e], intoNestedScopes: false))
        {
            if (node is Name { Ctx: ExprContext.Load } n && bound.Contains(n.Id)) safe.Add(n);
            if (node is ListComp or SetComp or DictComp or GeneratorExp) ComprehensionReads((Expr)node, bound, safe);
        }
    }

    /// <summary>The names a target binds (plain names, in tuples and lists, starred ones too).</summary>
    private static void CollectNames(Expr target, HashSet<string> into)
    {
        switch (target)
        {
            case Name n:
                into.Add(n.Id);
                break;
            case Syntax.Ast.Tuple t:
                foreach (var e in t.Elts) CollectNames(e, into);
                break;
            case List l:
                foreach (var e in l.Elts) CollectNames(e, into);
                break;
            case Starred s:
                CollectNames(s.Value, into);
                break;
        }
    }
}
