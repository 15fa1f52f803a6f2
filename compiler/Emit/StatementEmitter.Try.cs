using PyPack.Compiler.Lowering;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// try/except/else/finally. Each <c>except T</c> becomes a C# catch whose filter decides the match
/// (<c>ExceptionHandling.Matches</c>), so an exception no clause takes unwinds untouched and keeps
/// recording frames in the filters further out. A finally body runs outside any C# finally (Python
/// allows return/break/continue there): the try catches everything into a temporary, the body runs,
/// then the exception is re-raised or the return/break/continue that left the try carries on.
/// </summary>
public sealed partial class StatementEmitter
{
    private void EmitTry(Try t)
    {
        if (context.IsGenerator && GeneratorLowering.ContainsYield(t))
        {
            // Protected regions route exceptions through their own guards.
            var enclosing = _raiseTarget;
            _raiseTarget = null;
            EmitTryInGenerator(t.Body, t.Handlers.Cast<ExceptHandler>().ToList(), t.Orelse, t.Finalbody);
            _raiseTarget = enclosing;
            return;
        }
        if (t.Finalbody.Count == 0)
        {
            EmitTryExcept(t);
            return;
        }
        var label = context.NewLabel("finally_");
        var pending = context.NewTemp("PyException?");
        var exit = context.NewTemp("int");
        var frame = new FinallyFrame(label, exit, context.NewTemp());
        w.Line($"{pending} = null;");
        w.Line($"{exit} = 0;");
        context.PushFinally(frame);
        var outer = _raiseTarget;
        // A raise in the body (or in a clause) goes straight to the finally, as the catch-all would take it.
        _raiseTarget = new RaiseTarget(pending, label);
        w.Open("try");
        if (t.Handlers.Count > 0) EmitTryExcept(t);
        else EmitBody(t.Body);
        w.Close();
        _raiseTarget = outer;
        context.PopFinally();
        var e = context.NewLabel("e");
        w.Line($"catch (PyException {e}) when (ExceptionHandling.CatchAll({e}, {context.CodeField}, {context.LineVar})) {{ {pending} = {e}; }}");
        w.Line($"{label}:;");

        // While the finally body runs for an exception, that exception is being handled.
        var saved = context.NewTemp("object?");
        w.Line($"if ({pending} is not null) {saved} = HandledExceptions.Push({pending}.Value);");
        w.Open("try");
        EmitBody(t.Finalbody);
        w.Close();
        w.Line($"finally {{ if ({pending} is not null) HandledExceptions.Pop({saved}); }}");
        w.Open($"if ({pending} is not null)");
        EmitRethrow($"ExceptionHandling.Reraise({pending})");
        w.Close();
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
    /// Where a <c>raise</c> goes when the nearest handler is a try/except of this function and no
    /// C# catch lies in between: the exception is stored in <see cref="Caught"/> and the code jumps
    /// to <see cref="Label"/>, the clauses' dispatch, instead of throwing.
    /// </summary>
    private sealed class RaiseTarget(string caught, string label)
    {
        public string Caught { get; } = caught;
        public string Label { get; } = label;
        public bool Used { get; set; }
    }

    private RaiseTarget? _raiseTarget;

    /// <summary>Raises <paramref name="exception"/> (a PyException this frame already recorded): a jump when the handler is here.</summary>
    private void EmitRethrow(string exception)
    {
        if (_raiseTarget is { } target && CurrentProtection is null)
        {
            target.Used = true;
            w.Line($"{target.Caught} = ExceptionHandling.RaiseHere({exception}, {context.CodeField}, {context.LineVar});");
            w.Line($"goto {target.Label};");
            return;
        }
        if (_canReturnPending && CurrentProtection is null)
        {
            // Recorded as the raise path does: Reraise's mark makes RaiseHere add no second entry.
            w.Line($"return {context.PendingResult($"PendingException.Set(ExceptionHandling.RaiseHere({exception}, {context.CodeField}, {context.LineVar}))")};");
            return;
        }
        w.Line($"throw {exception};");
    }

    /// <summary>
    /// The catches only take the exception (their filters decide the clause, recording this frame);
    /// the clause bodies run after the try, where a raise from the body lands too:
    /// <code>
    /// caught = null;
    /// try { body }
    /// catch (PyException e) when (Matches(e, code, line, t0 = Checked(T0))) { caught = e; clause = 0; }
    /// goto handle_N;
    /// raise_N: clause = first that takes caught, else rethrow;   // raise statements in body jump here
    /// handle_N: if (caught is not null) { clause bodies }
    /// </code>
    /// </summary>
    private void EmitTryExcept(Try t)
    {
        var outer = _raiseTarget;
        var elseFlag = t.Orelse.Count > 0 ? context.NewTemp("bool") : null;
        var caught = context.NewTemp("PyException?");
        var clause = context.NewTemp("int");
        var target = new RaiseTarget(caught, context.NewLabel("raise_"));
        if (elseFlag is not null) w.Line($"{elseFlag} = false;");
        w.Line($"{caught} = null;");
        w.Line($"{clause} = 0;");
        w.Open("try");
        _raiseTarget = target;
        EmitBody(t.Body);
        _raiseTarget = outer;
        if (elseFlag is not null) w.Line($"{elseFlag} = true;");
        w.Close();

        // Clauses whose class the filter can look up without running code match in their filter;
        // from the first that needs code on, one catch-all tests the rest in order, as CPython does.
        var quiet = 0;
        while (quiet < t.Handlers.Count && t.Handlers[quiet] is ExceptHandler { Type: { } type } && _expr.CanLookUpQuietly(type)) quiet++;
        var filterTypes = new string[quiet];
        for (var i = 0; i < quiet; i++)
        {
            var h = (ExceptHandler)t.Handlers[i];
            var e = context.NewLabel("e");
            filterTypes[i] = context.NewTemp("PyObject?");
            w.Line($"catch (PyException {e}) when (ExceptionHandling.Matches({e}, {context.CodeField}, {context.LineVar}, {filterTypes[i]} = ExceptionHandling.Checked({_expr.QuietLookup(h.Type!)}))) {{ {caught} = {e}; {clause} = {i}; }}");
        }
        if (quiet < t.Handlers.Count)
        {
            var e = context.NewLabel("e");
            w.Line($"catch (PyException {e}) when (ExceptionHandling.CatchAll({e}, {context.CodeField}, {context.LineVar})) {{ {caught} = {e}; {clause} = {quiet}; }}");
        }

        if (target.Used)
        {
            // The same choice the filters make, for an exception raised by this try's own body.
            var handle = context.NewLabel("handle_");
            w.Line($"goto {handle};");
            w.Line($"{target.Label}:;");
            for (var i = 0; i < quiet; i++)
            {
                var h = (ExceptHandler)t.Handlers[i];
                w.Line($"{(i == 0 ? "" : "else ")}if (ExceptionHandling.Takes({caught}!, {filterTypes[i]} = ExceptionHandling.Checked({_expr.QuietLookup(h.Type!)}))) {clause} = {i};");
            }
            if (quiet == 0) w.Line($"{clause} = 0;");
            else if (quiet < t.Handlers.Count) w.Line($"else {clause} = {quiet};");
            else
            {
                w.Open("else");
                EmitRethrow($"ExceptionHandling.Reraise({caught}!)");
                w.Close();
            }
            w.Line($"{handle}:;");
        }

        w.Open($"if ({caught} is not null)");
        for (var i = 0; i < quiet; i++)
        {
            w.Open($"{(i == 0 ? "" : "else ")}if ({clause} == {i})");
            EmitHandlerBody($"{caught}", [(ExceptHandler)t.Handlers[i]], filterTypes[i]);
            w.Close();
        }
        if (quiet < t.Handlers.Count)
        {
            if (quiet > 0) w.Open("else");
            else w.Open("");
            EmitHandlerBody($"{caught}", t.Handlers.Skip(quiet).Cast<ExceptHandler>().ToList(), null);
            w.Close();
        }
        w.Close();

        if (elseFlag is not null)
        {
            w.Open($"if ({elseFlag})");
            EmitBody(t.Orelse);
            w.Close();
        }
    }

    /// <summary>
    /// The inside of a catch: the exception is being handled while the clauses' classes are
    /// evaluated (when the filter could not) and while the chosen body runs; the <c>as</c> name is
    /// unbound afterwards however the body ends.
    /// </summary>
    private void EmitHandlerBody(string e, List<ExceptHandler> clauses, string? filterType)
    {
        var saved = context.NewTemp("object?");
        w.Line($"{saved} = HandledExceptions.Push({e}.Value);");
        w.Open("try");
        if (filterType is not null)
        {
            // One clause matched by its filter; a null filter value means "evaluate it here".
            var h = clauses[0];
            w.Line($"{context.LineVar} = {h.Line};");
            _expr.StartPlaces(h.Line);
            w.Open($"if ({filterType} is null && !ExceptionHandling.IsMatch({e}.Value, {_expr.Obj(h.Type!)}))");
            EmitRethrow($"ExceptionHandling.Reraise({e})");
            w.Close();
            EmitClause(e, h);
        }
        else
        {
            // Clauses nest as if/else so each can set the line its class expression is on.
            var opened = 0;
            foreach (var h in clauses)
            {
                w.Line($"{context.LineVar} = {h.Line};");
                _expr.StartPlaces(h.Line);
                if (h.Type is null)
                {
                    EmitClause(e, h);
                    break;
                }
                w.Open($"if (ExceptionHandling.IsMatch({e}.Value, {_expr.Obj(h.Type)}))");
                EmitClause(e, h);
                w.Close();
                w.Open("else");
                opened++;
            }
            if (clauses[^1].Type is not null) EmitRethrow($"ExceptionHandling.Reraise({e})");
            for (var k = 0; k < opened; k++) w.Close();
        }
        w.Close();
        w.Open("finally");
        w.Line($"HandledExceptions.Pop({saved});");
        foreach (var h in clauses)
        {
            if (h.Name is not null) EmitUnbind(h, h.Name);
        }
        w.Close();
    }

    private void EmitClause(string e, ExceptHandler h)
    {
        if (h.Name is not null) StoreTo(new Name(h.Name, ExprContext.Store) { Line = h.Line, Col = h.Col }, $"{e}.Value");
        EmitBody(h.Body);
    }

    /// <summary>CPython ends a handler with <c>name = None; del name</c>: the name is unbound, without error.</summary>
    private void EmitUnbind(Node at, string name)
    {
        foreach (var line in context.DeleteCode(name, quiet: true, at)) w.Line(line);
    }

    private void EmitReturn(string value)
    {
        if (context.InnermostFinally is { } frame)
        {
            frame.ExitsUsed.Add(FinallyFrame.Return);
            w.Line($"{frame.ReturnVar} = {value};");
            w.Line($"{frame.ExitVar} = {FinallyFrame.Return};");
            w.Line($"goto {frame.Label};");
            return;
        }
        if (context.IsGenerator)
        {
            w.Line($"frame.ReturnValue = {value};");
            w.Line("yield break;");
            return;
        }
        w.Line($"return {(context.ReturnsUnboxed ? $"Unboxed.Of({value})" : value)};");
    }

    private void EmitBreak()
    {
        if (context.FinallyInsideLoop is { } frame)
        {
            frame.ExitsUsed.Add(FinallyFrame.Break);
            w.Line($"{frame.ExitVar} = {FinallyFrame.Break};");
            w.Line($"goto {frame.Label};");
            return;
        }
        w.Line(context.CurrentLoop?.BreakLabel is { } label ? $"goto {label};" : "break;");
    }

    private void EmitContinue()
    {
        if (context.FinallyInsideLoop is { } frame)
        {
            frame.ExitsUsed.Add(FinallyFrame.Continue);
            w.Line($"{frame.ExitVar} = {FinallyFrame.Continue};");
            w.Line($"goto {frame.Label};");
            return;
        }
        w.Line("continue;");
    }
}
