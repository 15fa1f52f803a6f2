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
/// keeps every check. Nested scopes (lambdas, defs, classes, comprehensions) are not looked into.
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
