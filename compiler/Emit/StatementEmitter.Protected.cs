using PyPack.Compiler.Lowering;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Protected regions: the body of a try or with statement that yields, in a generator. C# forbids
/// <c>yield return</c> inside a try with a catch, so such a body is not one C# try: each run of
/// statements without a yield is its own try whose catch stores the exception and jumps to the
/// region's handler label, and the statements that yield are emitted around their yields with
/// their other parts (tests, iterators, the resume after a yield) guarded the same way. See
/// <see cref="GeneratorLowering"/> for the whole picture.
/// </summary>
public sealed partial class StatementEmitter
{
    /// <summary>Where an exception raised inside a protected region goes: stored in <see cref="Pending"/>, then a jump to <see cref="Label"/>.</summary>
    private sealed record Protection(string Pending, string Label);

    private readonly List<Protection> _protections = [];
    private bool _guarding;

    private Protection? CurrentProtection => _protections.Count > 0 && !_guarding ? _protections[^1] : null;

    /// <summary>Emits code that may raise: inside a protected region, in a try that routes the exception to the region's handler.</summary>
    private void Guard(Action emit)
    {
        if (CurrentProtection is not { } p)
        {
            emit();
            return;
        }
        _guarding = true;
        w.Open("try");
        emit();
        w.Close();
        _guarding = false;
        var e = context.NewLabel("e");
        w.Line($"catch (PyException {e}) when (ExceptionHandling.CatchAll({e}, {context.CodeField}, {context.LineVar})) {{ {p.Pending} = {e}; goto {p.Label}; }}");
    }

    /// <summary>A C# expression that may raise, usable outside the guard: the expression itself, or a temporary set inside one.</summary>
    private string GuardedValue(string code, string type = "PyObject")
    {
        if (CurrentProtection is null) return code;
        var t = context.NewTemp(type);
        Guard(() => w.Line($"{t} = {code};"));
        return t;
    }

    /// <summary>Emits <paramref name="body"/> with exceptions going to <paramref name="pending"/> and <paramref name="label"/>.</summary>
    private void EmitProtected(string pending, string label, Action body)
    {
        var saved = _guarding;
        _guarding = false;
        _protections.Add(new Protection(pending, label));
        body();
        _protections.RemoveAt(_protections.Count - 1);
        _guarding = saved;
    }

    /// <summary>A body inside a protected region: each run of statements without a yield in one guard.</summary>
    private void EmitBodyProtected(IReadOnlyList<Stmt> body)
    {
        var i = 0;
        while (i < body.Count)
        {
            if (GeneratorLowering.ContainsYield(body[i]))
            {
                Emit(body[i]);
                i++;
                continue;
            }
            var from = i;
            while (i < body.Count && !GeneratorLowering.ContainsYield(body[i])) i++;
            var to = i;
            Guard(() =>
            {
                for (var k = from; k < to; k++) Emit(body[k]);
            });
        }
    }

    /// <summary>
    /// try/except/else/finally in a generator when some part yields. The body's exceptions go to
    /// the except clauses' dispatch; those of the body, the else and the clauses go to the finally,
    /// which runs with the exception being handled and re-raises it afterwards.
    /// </summary>
    private void EmitTryInGenerator(IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandler> handlers, IReadOnlyList<Stmt> orelse, IReadOnlyList<Stmt> finalbody)
    {
        if (finalbody.Count == 0)
        {
            EmitTryExceptInGenerator(body, handlers, orelse);
            return;
        }
        var label = context.NewLabel("finally_");
        var pending = context.NewTemp("PyException?");
        var exit = context.NewTemp("int");
        var frame = new FinallyFrame(label, exit, context.NewTemp());
        w.Line($"{pending} = null;");
        w.Line($"{exit} = 0;");
        context.PushFinally(frame);
        EmitProtected(pending, label, () =>
        {
            if (handlers.Count > 0) EmitTryExceptInGenerator(body, handlers, orelse);
            else EmitBody(body);
        });
        context.PopFinally();
        w.Line($"{label}:;");
        var saved = context.NewTemp("object?");
        w.Line($"if ({pending} is not null) {saved} = HandledExceptions.Push({pending}.Value);");
        w.Open("try");
        EmitBody(finalbody);
        w.Close();
        w.Line($"finally {{ if ({pending} is not null) HandledExceptions.Pop({saved}); }}");
        Guard(() => w.Line($"if ({pending} is not null) throw ExceptionHandling.Reraise({pending});"));
        EmitPendingExits(frame, exit);
    }

    private void EmitTryExceptInGenerator(IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandler> handlers, IReadOnlyList<Stmt> orelse)
    {
        var dispatch = context.NewLabel("except_");
        var end = context.NewLabel("try_end_");
        var pending = context.NewTemp("PyException?");
        EmitProtected(pending, dispatch, () => EmitBody(body));
        EmitBody(orelse);
        w.Line($"goto {end};");
        w.Line($"{dispatch}:;");
        var saved = context.NewTemp("object?");
        w.Line($"{saved} = HandledExceptions.Push({pending}!.Value);");
        w.Open("try");
        var opened = 0;
        foreach (var h in handlers)
        {
            w.Line($"{context.LineVar} = {h.Line};");
            if (h.Type is null)
            {
                EmitClause($"{pending}!", h);
                break;
            }
            var matched = GuardedValue($"ExceptionHandling.IsMatch({pending}!.Value, {_expr.Obj(h.Type)})", "bool");
            w.Open($"if ({matched})");
            EmitClause($"{pending}!", h);
            w.Close();
            w.Open("else");
            opened++;
        }
        if (handlers[^1].Type is not null) Guard(() => w.Line($"throw ExceptionHandling.Reraise({pending}!);"));
        for (var k = 0; k < opened; k++) w.Close();
        w.Close();
        w.Open("finally");
        w.Line($"HandledExceptions.Pop({saved});");
        foreach (var h in handlers)
        {
            if (h.Name is not null) EmitUnbind(h, h.Name);
        }
        w.Close();
        w.Line($"{end}:;");
    }

    /// <summary>After a finally body (or a with's exit): carries on the return, break or continue that left the body.</summary>
    private void EmitPendingExits(FinallyFrame frame, string exit)
    {
        if (frame.ExitsUsed.Contains(FinallyFrame.Return))
        {
            w.Open($"if ({exit} == {FinallyFrame.Return})");
            EmitReturn(frame.ReturnVar);
            w.Close();
        }
        if (frame.ExitsUsed.Contains(FinallyFrame.Break))
        {
            w.Open($"if ({exit} == {FinallyFrame.Break})");
            EmitBreak();
            w.Close();
        }
        if (frame.ExitsUsed.Contains(FinallyFrame.Continue))
        {
            w.Open($"if ({exit} == {FinallyFrame.Continue})");
            EmitContinue();
            w.Close();
        }
    }

    /// <summary>
    /// One item of a with statement whose body yields, in a generator: the body is a protected
    /// region whose exceptions go to <c>__exit__(type, value, tb)</c>.
    /// </summary>
    private void EmitWithItemInGenerator(With with, int index)
    {
        var item = with.Items[index];
        var exit = context.NewTemp();
        w.Line($"{context.LineVar} = {with.Line};");
        var value = context.NewTemp();
        Guard(() => w.Line($"{value} = ContextManagers.Enter({_expr.Obj(item.ContextExpr)}, out {exit});"));

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
            EmitWithItems(with, index + 1);
        });
        context.PopFinally();
        w.Line($"goto {done};");
        w.Line($"{handler}:;");
        w.Line($"{context.LineVar} = {with.Line};");
        var saved = context.NewTemp("object?");
        Guard(() =>
        {
            w.Line($"{saved} = HandledExceptions.Push({pending}!.Value);");
            w.Line($"try {{ if (!ContextManagers.ExitWithException({exit}, {pending}!.Value)) throw ExceptionHandling.Reraise({pending}!); }}");
            w.Line($"finally {{ HandledExceptions.Pop({saved}); }}");
        });
        w.Line($"goto {after};");
        w.Line($"{done}:;");
        w.Line($"{context.LineVar} = {with.Line};");
        Guard(() => w.Line($"ContextManagers.ExitNormally({exit});"));
        EmitPendingExits(frame, exitVar);
        w.Line($"{after}:;");
    }
}
