using PyPack.Compiler.Lowering;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// The body of an asynchronous comprehension, run as its own coroutine (list, set and dict
/// comprehensions, which the enclosing body awaits) or async generator (a generator expression),
/// as CPython runs it. Each <c>for</c> is a loop over the iterator, each <c>async for</c> awaits
/// <c>__anext__()</c> until StopAsyncIteration, and awaits in the element or conditions are
/// spilled as in any statement:
/// <code>
/// [f(x) async for x in xs if await ok(x)]   =>   while (true) { await next -> item (break at the end); l_x = item;
///                                                              await ok(l_x) -> t; if (!t) continue; acc.Append(f(l_x)); }
/// </code>
/// </summary>
public sealed partial class StatementEmitter
{
    /// <summary>The loops and the accumulation (or the yield of each item, for a generator expression).</summary>
    public void EmitComprehensionBody(Expr node, string firstIterator, string acc)
    {
        var generators = GeneratorLowering.Generators(node);
        for (var i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            var it = context.NewTemp();
            if (i == 0) w.Line($"{it} = {firstIterator};");
            else
            {
                var iterable = EvaluateNow(g.IsAsync != 0 ? FoldedIterable(g.Iter) : g.Iter);
                Guard(() => w.Line($"{it} = {(g.IsAsync != 0 ? "Awaiting.GetAsyncIterator" : "Iteration.GetIter")}({_expr.Obj(iterable)});"));
            }
            w.Open("while (true)");
            // A step of the first loop is reported at the comprehension's span (CPython's position for it).
            var step = i == 0 ? _expr.PositionId(node) : g.Iter.Line;
            w.Line($"{context.LineVar} = {step};");
            _expr.StartPlaces(step);
            var item = context.NewTemp(g.IsAsync != 0 ? "PyObject" : "PyObject?");
            if (g.IsAsync != 0) EmitAwaitNext(it, item);
            else
            {
                Guard(() => w.Line($"{item} = ((PyIterator){it}).Next();"));
                w.Line($"if ({item} is null) break;");
            }
            Guard(() => StoreTo(g.Target, item + (g.IsAsync != 0 ? "" : "!")));
            foreach (var cond in g.Ifs)
            {
                var test = HasAwait(cond) ? Spill(cond) : cond;
                Guard(() => w.Line($"if (!{_expr.Condition(test)}) continue;"));
            }
        }
        w.Line($"{context.LineVar} = {node.Line};");
        _expr.StartPlaces(node.Line);
        switch (node)
        {
            case ListComp c:
                {
                    var v = EvaluateNow(c.Elt);
                    Guard(() => w.Line($"((PyList){acc}).Append({_expr.Obj(v)});"));
                    break;
                }
            case SetComp c:
                {
                    var v = EvaluateNow(c.Elt);
                    Guard(() => w.Line($"((PySet){acc}).Add({_expr.Obj(v)});"));
                    break;
                }
            case DictComp c:
                {
                    var k = EvaluateNow(c.Key);
                    var v = EvaluateNow(c.Value);
                    Guard(() => w.Line($"((PyDict){acc}).Set({_expr.Obj(k)}, {_expr.Obj(v)});"));
                    break;
                }
            case GeneratorExp c:
                {
                    var v = EvaluateNow(c.Elt);
                    w.Line($"frame.Yielded = PyAsyncGenerator.Wrap({_expr.Obj(v)});");
                    w.Line("yield return null!;");
                    w.Line("frame.ResumeUnused();");
                    break;
                }
        }
        for (var i = 0; i < generators.Count; i++) w.Close();
    }

    /// <summary>
    /// CPython's AST optimizer turns a list display iterated by a comprehension's <c>for</c> into a
    /// tuple (not an async for statement's); the error for an <c>async for</c> shows it (<c>got tuple</c>).
    /// </summary>
    internal static Expr FoldedIterable(Expr e) =>
        e is List l && !l.Elts.Any(x => x is Starred) ? At(new Syntax.Ast.Tuple(l.Elts, l.Ctx), e) : e;

    /// <summary>
    /// Inside a <c>while (true)</c>: awaits <c>__anext__()</c> of <paramref name="it"/> into
    /// <paramref name="item"/>, or breaks out of that loop when it raises StopAsyncIteration.
    /// </summary>
    private void EmitAwaitNext(string it, string item)
    {
        var next = context.NewTemp();
        Guard(() => w.Line($"{next} = Awaiting.NextAwaitable({it});"));
        EmitDelegation(next, item, endsAsyncFor: true);
    }
}
