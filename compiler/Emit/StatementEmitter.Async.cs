using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// <c>async with</c> and <c>async for</c> in a coroutine's body. Every await is a delegation
/// (<see cref="EmitDelegation"/>) to the awaitable the runtime's <c>Awaiting</c> checks, so an
/// async with is a with statement whose enter and exit are awaited: its body is a protected region
/// (StatementEmitter.Protected) whose exceptions go to <c>await __aexit__(type, value, tb)</c>.
/// An async for awaits <c>__anext__()</c> before each iteration; StopAsyncIteration ends the loop.
/// </summary>
public sealed partial class StatementEmitter
{
    private void EmitAsyncWith(AsyncWith with, int index)
    {
        if (index == with.Items.Count)
        {
            EmitBody(with.Body);
            return;
        }
        var item = with.Items[index];
        var exit = context.NewTemp();
        var entering = context.NewTemp();
        w.Line($"{context.LineVar} = {with.Line};");
        Guard(() => w.Line($"{entering} = Awaiting.EnterAsync({_expr.Obj(item.ContextExpr)}, out {exit});"));
        var value = context.NewTemp();
        EmitDelegation(entering, value);

        var done = context.NewLabel("with_done_");
        var after = context.NewLabel("with_after_");
        var handler = context.NewLabel("with_exc_");
        var pending = context.NewTemp("PyException?");
        var exitVar = context.NewTemp("int");
        var frame = new FinallyFrame(done, exitVar, context.NewTemp());
        w.Line($"{exitVar} = 0;");
        context.PushFinally(frame);
        EmitProtected(pending, handler, () =>
        {
            if (item.OptionalVars is not null) Guard(() => StoreTo(item.OptionalVars, value));
            EmitAsyncWith(with, index + 1);
        });
        context.PopFinally();
        w.Line($"goto {done};");

        // The body raised: await __aexit__(type, value, tb) while the exception is being handled.
        w.Line($"{handler}:;");
        w.Line($"{context.LineVar} = {with.Line};");
        var saved = context.NewTemp("object?");
        w.Line($"{saved} = HandledExceptions.Push({pending}!.Value);");
        w.Open("try");
        var exiting = context.NewTemp();
        Guard(() => w.Line($"{exiting} = Awaiting.ExitAsync({exit}, {pending}!.Value);"));
        var suppress = context.NewTemp();
        EmitDelegation(exiting, suppress);
        Guard(() => w.Line($"if (!Truth.IsTrue({suppress})) throw ExceptionHandling.Reraise({pending}!);"));
        w.Close();
        w.Line($"finally {{ HandledExceptions.Pop({saved}); }}");
        w.Line($"goto {after};");

        w.Line($"{done}:;");
        w.Line($"{context.LineVar} = {with.Line};");
        var exitingNormally = context.NewTemp();
        Guard(() => w.Line($"{exitingNormally} = Awaiting.ExitAsync({exit}, null);"));
        EmitDelegation(exitingNormally, context.NewTemp());
        EmitPendingExits(frame, exitVar);
        w.Line($"{after}:;");
    }

    private void EmitAsyncFor(AsyncFor loop)
    {
        var it = context.NewTemp();
        w.Line($"{context.LineVar} = {loop.Line};");
        Guard(() => w.Line($"{it} = Awaiting.GetAsyncIterator({_expr.Obj(loop.Iter)});"));
        var labels = new LoopLabels(loop.Orelse.Count > 0 ? context.NewLabel("break_") : null);
        context.PushLoop(labels);
        w.Open("while (true)");
        w.Line($"{context.LineVar} = {loop.Line};");
        var item = context.NewTemp();
        EmitAwaitNext(it, item);
        Guard(() => StoreTo(loop.Target, item));
        EmitBody(loop.Body);
        w.Close();
        context.PopLoop();
        EmitLoopElse(loop.Orelse, labels);
    }
}
