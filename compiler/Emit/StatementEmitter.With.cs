using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// <c>with m as x: body</c>, one item at a time (several items nest):
/// <code>
/// t = m; exit = ContextManagers.Enter(t, out ...) ; x = value
/// try { body }                                   // return/break/continue jump to done_N first
/// catch (PyException e) when (CatchAll(...)) {   // __exit__(type, e, tb) while e is being handled
///     if (!ExitWithException(exit, e)) rethrow; goto after_N; }
/// done_N: ExitNormally(exit); carry on a pending return/break/continue
/// after_N:
/// </code>
/// </summary>
public sealed partial class StatementEmitter
{
    private void EmitWith(With with) => EmitWithItems(with, 0);

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
        w.Line($"{exitVar} = 0;");
        context.PushFinally(frame);
        w.Open("try");
        if (item.OptionalVars is not null) StoreTo(item.OptionalVars, value);
        EmitWithItems(with, index + 1);
        w.Close();
        context.PopFinally();
        var e = context.NewLabel("e");
        var saved = context.NewTemp("object?");
        w.Line($"catch (PyException {e}) when (ExceptionHandling.CatchAll({e}, {context.CodeField}, {context.LineVar}))");
        w.Open("");
        w.Line($"{context.LineVar} = {with.Line};");
        w.Line($"{saved} = HandledExceptions.Push({e}.Value);");
        w.Line($"try {{ if (!ContextManagers.ExitWithException({exit}, {e}.Value)) throw ExceptionHandling.Reraise({e}); }}");
        w.Line($"finally {{ HandledExceptions.Pop({saved}); }}");
        w.Line($"goto {after};");
        w.Close();
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
