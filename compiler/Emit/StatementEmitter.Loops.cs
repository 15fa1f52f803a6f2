using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>while and for loops, with else clauses.</summary>
public sealed partial class StatementEmitter
{
    private void EmitWhile(While loop)
    {
        var labels = new LoopLabels(loop.Orelse.Count > 0 ? context.NewLabel("break_") : null);
        context.PushLoop(labels);
        // Each test is reported on the while line, as CPython does, so the line is set before it.
        if ((context.IsCoroutine || context.IsGenerator) && HasAwait(loop.Test))
        {
            // The test awaits: it is spilled before each check, inside the loop.
            w.Open("while (true)");
            w.Line($"{context.LineVar} = {loop.Line};");
            var test = Spill(loop.Test);
            w.Line($"{context.LineVar} = {loop.Line};");
            w.Line($"if (!{GuardedValue(_expr.Condition(test), "bool")}) break;");
        }
        else if (CurrentProtection is not null)
        {
            w.Open("while (true)");
            w.Line($"{context.LineVar} = {loop.Line};");
            w.Line($"if (!{GuardedValue(_expr.Condition(loop.Test), "bool")}) break;");
        }
        else w.Open($"while (({context.LineVar} = {loop.Line}) != 0 && {_expr.Condition(loop.Test)})");
        EmitInterruptCheck();
        EmitBody(loop.Body);
        w.Close();
        context.PopLoop();
        EmitLoopElse(loop.Orelse, labels);
    }

    private void EmitFor(For loop)
    {
        if (TryEmitRangeFor(loop)) return;
        // The loop steps a LoopCursor: an exact list, tuple or dict without an iterator object.
        var it = context.NewTemp("LoopCursor");
        var item = context.NewTemp();
        // A generator only this loop's iterator holds is closed when the loop is left by any way (its
        // finally blocks run then in CPython, which drops the loop's reference): the C# finally.
        var owned = context.NewTemp("object?");
        var ownedCode = "null";
        var pair = CurrentProtection is null ? PairTargets(loop.Target) : null;
        Guard(() => w.Line($"{_expr.OwnedLoopStart(loop.Iter, it, pair is not null, context.NewTemp(), context.NewTemp(), out ownedCode)};"));
        w.Line($"{owned} = {ownedCode};");
        var labels = new LoopLabels(loop.Orelse.Count > 0 ? context.NewLabel("break_") : null);
        context.PushLoop(labels);
        w.Open("try");
        // Errors from the iterator are reported on the for line, so the line is set before each step.
        if (CurrentProtection is not null)
        {
            w.Open("while (true)");
            w.Line($"{context.LineVar} = {loop.Line};");
            Guard(() => w.Line($"{item} = {it}.Next()!;"));
            w.Line($"if ({item} is null) break;");
        }
        else if (pair is not null)
        {
            var second = context.NewTemp();
            // Where positions are tracked, an item that does not unpack is reported at the targets.
            var at = _expr.CurrentPlace is null ? "" : $", ref {context.LineVar}, {TargetPlace(loop.Target)}";
            w.Open($"while (({context.LineVar} = {loop.Line}) != 0 && {it}.NextPair(out {item}, out {second}{at}))");
            _expr.Forget();
            EmitInterruptCheck();
            StorePair(pair, item, second);
        }
        else w.Open($"while (({context.LineVar} = {loop.Line}) != 0 && ({item} = {it}.Next()!) is not null)");
        if (pair is null)
        {
            EmitInterruptCheck();
            Guard(() => StoreTo(loop.Target, item));
        }
        EmitBody(loop.Body);
        w.Close();
        w.Close();
        w.Line($"finally {{ PyGenerator.CloseOwned({owned}); }}");
        context.PopLoop();
        EmitLoopElse(loop.Orelse, labels);
    }

    /// <summary>
    /// The two targets of a loop over pairs (<c>for k, v in ...</c>, neither starred), else null.
    /// Such a loop steps with PyIterator.NextPair: enumerate, zip of two and dict items give the
    /// two values without the tuple the loop would only unpack; other items are unpacked as before.
    /// </summary>
    public static IReadOnlyList<Expr>? PairTargets(Expr target) =>
        target is Syntax.Ast.Tuple or List && UnpackTargets(target) is { Count: 2 } items && !items.Any(i => i is Starred) ? items : null;

    /// <summary>Stores the two values NextPair gave into the targets of <see cref="PairTargets"/>, in order.</summary>
    public void StorePair(IReadOnlyList<Expr> targets, string first, string second)
    {
        StoreTo(targets[0], first);
        StoreTo(targets[1], second);
    }

    /// <summary>Each iteration is a safe point where a pending Ctrl-C raises KeyboardInterrupt (a loop that calls nothing would never see it).</summary>
    private void EmitInterruptCheck() => Guard(() => w.Line("Interrupts.Check();"));

    /// <summary>A loop's else clause runs when the loop ends without break; break jumps past it.</summary>
    private void EmitLoopElse(IReadOnlyList<Stmt> orelse, LoopLabels labels)
    {
        if (labels.BreakLabel is null) return;
        EmitBody(orelse);
        w.Line($"{labels.BreakLabel}:;");
    }
}
