using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Finds the reads of a function's locals that can never see the local unbound, so the emitter can
/// drop their UnboundLocalError check. A deliberately simple flow analysis:
/// <code>
/// def f(n):            # n: a parameter never deleted -> every read is safe
///     total = 0        # a plain assignment at the top level of the body ...
///     for i in ...:
///         total += i   # ... makes later reads of total safe, here too
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
            }
        }
        var bound = new HashSet<string>(parameters.Where(p => !unbindable.Contains(p)), StringComparer.Ordinal);
        var safe = new HashSet<Name>(ReferenceEqualityComparer.Instance);
        foreach (var statement in body)
        {
            foreach (var node in NodeWalk.Descendants([statement], intoNestedScopes: false))
            {
                if (node is Name { Ctx: ExprContext.Load } n && bound.Contains(n.Id)) safe.Add(n);
                // x += ... reads x first: the target, though a store, reads it bound too.
                if (node is AugAssign { Target: Name t } && bound.Contains(t.Id)) safe.Add(t);
                if (node is ListComp or SetComp or DictComp or GeneratorExp) ComprehensionReads((Expr)node, bound, safe);
            }
            // What the statement binds when it completes normally: later statements read it bound.
            var names = new HashSet<string>(StringComparer.Ordinal);
            switch (statement)
            {
                case Assign a:
                    foreach (var t in a.Targets) CollectNames(t, names);
                    break;
                case AugAssign { Target: Name t }:
                    names.Add(t.Id);
                    break;
                case AnnAssign { Target: Name t, Value: not null }:
                    names.Add(t.Id);
                    break;
                case FunctionDef fd:
                    names.Add(fd.Name);
                    break;
                case ClassDef cd:
                    names.Add(cd.Name);
                    break;
            }
            foreach (var n in names)
            {
                if (!unbindable.Contains(n)) bound.Add(n);
            }
        }
        return safe;
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
