using PyPack.Compiler.Lowering;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// <c>try ... except*</c> (PEP 654). The body's exception is caught whole; then every clause in
/// turn takes the part of what is left that matches it (the runtime's <c>ExceptStar</c>) and runs
/// with that part as the exception being handled, what it raises collected rather than
/// propagated; at the end the unhandled rest and the raised exceptions are raised together.
/// <code>
/// try { body } catch (PyException e) when (CatchAll(...)) { caught = e; }
/// if (caught is not null) {
///     star = new ExceptStar(caught);
///     match = star.Match(T1); if (match is not null) { try { e = match; handler } catch (...) { star.Raised(x); } }
///     ...
///     if (star.Finish() is { } raise) throw raise;
/// }
/// </code>
/// A finally clause wraps all of it as it wraps a plain try; return, break and continue cannot
/// appear in an except* clause, so handlers only end by falling through or raising.
/// </summary>
public sealed partial class StatementEmitter
{
    private void EmitTryStar(TryStar t)
    {
        if (t.Finalbody.Count > 0)
        {
            var inner = new TryStar(t.Body, t.Handlers, t.Orelse, []) { Line = t.Line, Col = t.Col };
            EmitTry(new Try([inner], [], [], t.Finalbody) { Line = t.Line, Col = t.Col });
            return;
        }
        if (context.IsGenerator && GeneratorLowering.ContainsYield(t))
        {
            EmitTryStarInGenerator(t);
            return;
        }
        var elseFlag = t.Orelse.Count > 0 ? context.NewTemp("bool") : null;
        if (elseFlag is not null) w.Line($"{elseFlag} = false;");
        var caught = context.NewTemp("PyException?");
        w.Line($"{caught} = null;");
        w.Open("try");
        EmitBody(t.Body);
        if (elseFlag is not null) w.Line($"{elseFlag} = true;");
        w.Close();
        var e = context.NewLabel("e");
        w.Line($"catch (PyException {e}) when (ExceptionHandling.CatchAll({e}, {context.CodeField}, {context.LineVar})) {{ {caught} = {e}; }}");

        EmitExceptStarDispatch(t, caught);

        if (elseFlag is not null)
        {
            w.Open($"if ({elseFlag})");
            EmitBody(t.Orelse);
            w.Close();
        }
    }

    /// <summary>
    /// A try/except* whose body suspends (<c>try: async with TaskGroup() ...: await ... except* E:</c>),
    /// in a generator or coroutine: the body is a protected region whose exception lands in a
    /// temporary, then the clauses run as in <see cref="EmitTryStar"/>. The clauses themselves
    /// may not suspend (C# allows no yield inside their try/catch).
    /// </summary>
    private void EmitTryStarInGenerator(TryStar t)
    {
        if (t.Handlers.Any(h => GeneratorLowering.ContainsYield(h)))
        {
            throw new UnsupportedConstruct(t, "'yield' or 'await' inside an except* clause");
        }
        var enclosing = _raiseTarget;
        _raiseTarget = null;
        var dispatch = context.NewLabel("except_star_");
        var end = context.NewLabel("try_star_end_");
        var caught = context.NewTemp("PyException?");
        w.Line($"{caught} = null;");
        EmitProtected(caught, dispatch, () => EmitBody(t.Body));
        EmitBody(t.Orelse);
        w.Line($"goto {end};");
        w.Line($"{dispatch}:;");
        // One guard around the clauses: what they raise is collected by the ExceptStar, and only
        // what Finish() raises goes on to an enclosing protected region.
        Guard(() => EmitExceptStarDispatch(t, caught));
        w.Line($"{end}:;");
        _raiseTarget = enclosing;
    }

    /// <summary>The clauses of a try/except* for the exception in <paramref name="caught"/> (nothing when it is null).</summary>
    private void EmitExceptStarDispatch(TryStar t, string caught)
    {
        w.Open($"if ({caught} is not null)");
        var star = context.NewTemp("ExceptStar");
        var saved = context.NewTemp("object?");
        w.Line($"{star} = new ExceptStar({caught});");
        w.Line($"{saved} = HandledExceptions.Push({caught}.Value);");
        w.Open("try");
        foreach (var h in t.Handlers.Cast<ExceptHandler>())
        {
            w.Line($"{context.LineVar} = {h.Line};");
            var match = context.NewTemp("PyBaseException?");
            w.Line($"{match} = {star}.Match({_expr.Obj(h.Type!)});");
            w.Open($"if ({match} is not null)");
            var handling = context.NewTemp("object?");
            w.Line($"{handling} = HandledExceptions.Push({match});");
            w.Open("try");
            if (h.Name is not null) StoreTo(new Name(h.Name, ExprContext.Store) { Line = h.Line, Col = h.Col }, match);
            EmitBody(h.Body);
            w.Close();
            var raised = context.NewLabel("e");
            w.Line($"catch (PyException {raised}) when (ExceptionHandling.CatchAll({raised}, {context.CodeField}, {context.LineVar})) {{ {star}.Raised({raised}); }}");
            w.Open("finally");
            w.Line($"HandledExceptions.Pop({handling});");
            if (h.Name is not null) EmitUnbind(h, h.Name);
            w.Close();
            w.Close();
        }
        var result = context.NewTemp("PyException?");
        w.Line($"{result} = {star}.Finish();");
        w.Line($"if ({result} is not null) throw {result};");
        w.Close();
        w.Line($"finally {{ HandledExceptions.Pop({saved}); }}");
        w.Close();
    }
}
