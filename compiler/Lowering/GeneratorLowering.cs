using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Lowering;

/// <summary>
/// Generators become C# iterators, so the C# compiler builds the state machine (no thread per
/// generator). Before and after:
/// <code>
/// def count(n):                      static PyObject Fn_count(PyObject p0)            // binds arguments, makes the generator
///     i = 0                              => new PyGenerator(Code, "count", frame = new(), Body_count(frame, p0));
///     while i &lt; n:                   static IEnumerator&lt;PyObject&gt; Body_count(GeneratorFrame frame, PyObject p0)
///         got = yield i              {   ... frame.Line = 4;
///         i += 1                         yield return l_i; l_got = frame.Resume();   // sent value, or the thrown exception
///     return "done"                      ... frame.ReturnValue = "done"; yield break;
///                                    }
/// </code>
/// <c>yield from x</c> is <c>var yf = new YieldFrom(x); while (yf.Step(frame)) yield return yf.Current;</c>.
/// C# allows <c>yield return</c> inside try/finally but not inside try/catch: a try whose finally
/// contains a yield lowers to a C# try/finally (close() runs it through GeneratorExit at the yield);
/// a yield inside a try with except clauses is reported as unsupported rather than miscompiled.
/// </summary>
public static class GeneratorLowering
{
    /// <summary>Whether a function's body yields (nested functions, classes and lambdas do not count).</summary>
    public static bool IsGenerator(IEnumerable<Stmt> body) => body.Any(ContainsYield);

    public static bool ContainsYield(Node node)
    {
        switch (node)
        {
            case Yield or YieldFrom:
                return true;
            case FunctionDef or AsyncFunctionDef or ClassDef or Lambda:
                return false;
            case ListComp or SetComp or DictComp or GeneratorExp:
                return false;
        }
        for (var i = 0; i < node.FieldNames.Count; i++)
        {
            switch (node.GetField(i))
            {
                case Node child when ContainsYield(child):
                    return true;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is Node n && ContainsYield(n)) return true;
                    }
                    break;
            }
        }
        return false;
    }

    public static bool ContainsYield(IEnumerable<Stmt> statements) => statements.Any(ContainsYield);
}
