using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// <c>with m as x: body</c>, one item at a time (several items nest):
/// <code>
/// t = m; exit = ContextManagers.Enter(t, out ...) ; x = value
/// pending = null;
/// try { body }                                   // return/break/continue jump to done_N first
/// catch (PyException e) when (CatchAll(...)) { pending = e; }
/// if (pending is null) goto done_N;
/// with_exc_N:                                    // a raise (or a pending exception) in the body jumps here
/// __exit__(type, e, tb) while e is being handled: if it is false, rethrow (a jump when the handler is here)
/// goto after_N;
/// done_N: ExitNormally(exit); carry on a pending return/break/continue
/// after_N:
/// </code>
/// </summary>
public sealed partial class StatementEmitter
{
    private void EmitWith(With with)
    {
        if (context.IsGenerator && Lowering.GeneratorLowering.ContainsYield(with))
        {
            EmitWithItems(with, 0);
            return;
        }
        // What __exit__ lets through goes where a raise around the with statement would.
        var target = _raiseTarget;
        var canReturn = _canReturnPending;
        _raiseTarget = _statementTarget;
        _canReturnPending = _statementCanReturn;
        try
        {
            EmitWithItems(with, 0);
        }
        finally
        {
            _raiseTarget = target;
            _canReturnPending = canReturn;
        }
    }

    private void EmitWithItems(With with, int index)
    {
        if (index == with.Items.Count)
        {
            EmitBody(with.Body);
            return;
        }
        if (context.IsGenerator && Lowering.GeneratorLowering.ContainsYield(with))
        {
            EmitWithItemInGenerator(with, index);
            return;
        }
        var item = with.Items[index];
        var exit = context.NewTemp();
        var value = context.NewTemp();
        w.Line($"{context.LineVar} = {with.Line};");
        w.Line($"{value} = ContextManagers.Enter({_expr.Obj(item.ContextExpr)}, out {exit});");

        var done = context.NewLabel("with_done_");
        var after = context.NewLabel("with_after_");
        var exitVar = context.NewTemp("int");
        var frame = new FinallyFrame(done, exitVar, context.NewTemp());
        var pending = context.NewTemp("PyException?");
        var outer = _raiseTarget;
        var handler = new RaiseTarget(pending, context.NewLabel("with_exc_"));
        w.Line($"{exitVar} = 0;");
        w.Line($"{pending} = null;");
        context.PushFinally(frame);
        w.Open("try");
        // A raise in the body (or an exception its statements take pending) goes straight to __exit__.
        _raiseTarget = handler;
        if (item.OptionalVars is not null) StoreTo(item.OptionalVars, value);
        EmitWithItems(with, index + 1);
        _raiseTarget = outer;
        w.Close();
        context.PopFinally();
        var e = context.NewLabel("e");
        var saved = context.NewTemp("object?");
        w.Line($"catch (PyException {e}) when (ExceptionHandling.CatchAll({e}, {context.CodeField}, {context.LineVar})) {{ {pending} = {e}; }}");
        w.Line($"if ({pending} is null) goto {done};");
        if (handler.Used) w.Line($"{handler.Label}:;");
        w.Line($"{context.LineVar} = {with.Line};");
        w.Line($"{saved} = HandledExceptions.Push({pending}!.Value);");
        w.Open("try");
        w.Open($"if (!ContextManagers.ExitWithException({exit}, {pending}!.Value))");
        EmitRethrow($"ExceptionHandling.Reraise({pending}!)");
        w.Close();
        w.Close();
        w.Line($"finally {{ HandledExceptions.Pop({saved}); }}");
        w.Line($"goto {after};");
        w.Line($"{done}:;");
        w.Line($"{context.LineVar} = {with.Line};");
        w.Line($"ContextManagers.ExitNormally({exit});");
        if (frame.ExitsUsed.Contains(FinallyFrame.Return))
        {
            w.Open($"if ({exitVar} == {FinallyFrame.Return})");
            EmitReturn(frame.ReturnVar);
            w.Close();
        }
        if (frame.ExitsUsed.Contains(FinallyFrame.Break))
        {
            w.Open($"if ({exitVar} == {FinallyFrame.Break})");
            EmitBreak();
            w.Close();
        }
        if (frame.ExitsUsed.Contains(FinallyFrame.Continue))
        {
            w.Open($"if ({exitVar} == {FinallyFrame.Continue})");
            EmitContinue();
            w.Close();
        }
        w.Line($"{after}:;");
    }
}
