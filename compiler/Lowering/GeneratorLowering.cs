using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Lowering;

/// <summary>
/// Generators become C# iterators, so the C# compiler builds the state machine (no thread per
/// generator). Before and after:
/// <code>
/// def count(n):                      static PyObject Fn_count(PyObject p0)            // binds arguments, makes the generator
///     i = 0                              => (frame = new PyGenerator(Code, "count", ...)).Begin(Body_count(frame, p0));
///     while i &lt; n:                   static IEnumerator&lt;PyObject&gt; Body_count(GeneratorFrame frame, PyObject p0)  // the generator is the frame
///         got = yield i              {   ... frame.Line = 4;
///         i += 1                         frame.Yielded = l_i; yield return null;
///                                        l_got = frame.Resume();                    // sent value, or the thrown exception
///     return "done"                      ... frame.ReturnValue = "done"; yield break;
///                                    }
/// </code>
/// <c>yield from x</c> is <c>var yf = new YieldFrom(x); while (yf.Step(frame)) yield return null;</c>.
/// C# forbids <c>yield return</c> inside a try with a catch, so a try or with statement that yields
/// is lowered without one around its yields (StatementEmitter.Protected): its body becomes a
/// protected region where each run of yield-free statements is its own C# try whose catch stores the
/// exception and jumps to the handler code placed after the body:
/// <code>
/// try:                               try { frame.Line = 3; ... } catch (PyException e) when (CatchAll(...)) { pending = e; goto except_0; }
///     x = yield 1                    yield return one;
/// except E as e:                     try { l_x = frame.Resume(); } catch (...) { pending = e; goto except_0; }   // throw() lands here
///     yield 2                        goto try_end_1;
///                                    except_0: push pending as handled; if (IsMatch(pending, E)) { l_e = ...; yield return two; } else reraise; pop
///                                    try_end_1:
/// </code>
/// finally clauses and with statements work the same way (their handler is the finally body or
/// <c>__exit__</c>), so close() runs them through GeneratorExit raised at the yield, and they may
/// themselves yield, return, break or continue.
/// </summary>
public static class GeneratorLowering
{
    /// <summary>Whether a function's body yields (nested functions, classes and lambdas do not count).</summary>
    public static bool IsGenerator(IEnumerable<Stmt> body) => body.Any(n => Suspends(n, awaits: false));

    /// <summary>
    /// Whether the body may suspend at <paramref name="node"/>: a yield, or in a coroutine an await,
    /// async for or async with (each suspends like a yield from).
    /// </summary>
    public static bool ContainsYield(Node node) => Suspends(node, awaits: true);

    private static bool Suspends(Node node, bool awaits)
    {
        switch (node)
        {
            case Yield or YieldFrom:
                return true;
            case Await or AsyncFor or AsyncWith when awaits:
                return true;
            case FunctionDef or AsyncFunctionDef or ClassDef or Lambda:
                return false;
            case ListComp or SetComp or DictComp when awaits:
                // An async comprehension is awaited where it stands; its first iterable is evaluated here.
                return IsAsyncComprehension(node) || Suspends(FirstIterable(node), awaits);
            case GeneratorExp when awaits:
                return Suspends(FirstIterable(node), awaits);
            case ListComp or SetComp or DictComp or GeneratorExp:
                return false;
        }
        for (var i = 0; i < node.FieldNames.Count; i++)
        {
            switch (node.GetField(i))
            {
                case Node child when Suspends(child, awaits):
                    return true;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is Node n && Suspends(n, awaits)) return true;
                    }
                    break;
            }
        }
        return false;
    }

    public static bool ContainsYield(IEnumerable<Stmt> statements) => statements.Any(ContainsYield);

    /// <summary>
    /// Whether the body may suspend inside a try or with statement: only then can a handled
    /// exception it pushed outlive one resume, so only then does its generator (or coroutine, or
    /// async generator) need a handled-exception base of its own (PyGenerator skips it otherwise).
    /// An async for handles nothing itself (its end is no except clause): only its body counts.
    /// </summary>
    public static bool SuspendsInProtectedRegion(IEnumerable<Stmt> body) => body.Any(s => SuspendsInRegion(s));

    private static bool SuspendsInRegion(Node node)
    {
        switch (node)
        {
            case Try or TryStar or With or AsyncWith:
                return ContainsYield(node);
            case FunctionDef or AsyncFunctionDef or ClassDef or Lambda or ListComp or SetComp or DictComp or GeneratorExp:
                // Their own bodies are other frames; a suspension in a first iterable is not in a region.
                return false;
        }
        for (var i = 0; i < node.FieldNames.Count; i++)
        {
            switch (node.GetField(i))
            {
                case Node child when SuspendsInRegion(child):
                    return true;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is Node n && SuspendsInRegion(n)) return true;
                    }
                    break;
            }
        }
        return false;
    }

    /// <summary>The generators of a comprehension or generator expression.</summary>
    public static IReadOnlyList<Comprehension> Generators(Node comprehension) => comprehension switch
    {
        ListComp c => c.Generators,
        SetComp c => c.Generators,
        DictComp c => c.Generators,
        GeneratorExp c => c.Generators,
        _ => throw new ArgumentOutOfRangeException(nameof(comprehension)),
    };

    /// <summary>The iterable a comprehension's first <c>for</c> runs over, which the enclosing scope evaluates.</summary>
    public static Expr FirstIterable(Node comprehension) => Generators(comprehension)[0].Iter;

    /// <summary>
    /// Whether a comprehension is asynchronous (CPython compiles it as a coroutine, or an async
    /// generator for a generator expression): it has an <c>async for</c>, or awaits in its own scope
    /// (its element, conditions, later iterables, or a nested comprehension that is asynchronous).
    /// </summary>
    public static bool IsAsyncComprehension(Node comprehension)
    {
        var generators = Generators(comprehension);
        if (generators.Any(g => g.IsAsync != 0)) return true;
        IEnumerable<Expr> own = comprehension switch
        {
            ListComp c => [c.Elt],
            SetComp c => [c.Elt],
            DictComp c => [c.Key, c.Value],
            GeneratorExp c => [c.Elt],
            _ => [],
        };
        own = own.Concat(generators.SelectMany(g => g.Ifs)).Concat(generators.Skip(1).Select(g => g.Iter));
        return own.Any(e => Suspends(e, awaits: true));
    }
}
