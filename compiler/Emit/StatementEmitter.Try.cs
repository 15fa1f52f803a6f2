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
            EmitTryInGenerator(t.Body, t.Handlers.Cast<ExceptHandler>().ToList(), t.Orelse, t.Finalbody);
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
        w.Open("try");
        if (t.Handlers.Count > 0) EmitTryExcept(t);
        else EmitBody(t.Body);
        w.Close();
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
        w.Line($"if ({pending} is not null) throw ExceptionHandling.Reraise({pending});");
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

    private void EmitTryExcept(Try t)
    {
        var elseFlag = t.Orelse.Count > 0 ? context.NewTemp("bool") : null;
        if (elseFlag is not null) w.Line($"{elseFlag} = false;");
        w.Open("try");
        EmitBody(t.Body);
        if (elseFlag is not null) w.Line($"{elseFlag} = true;");
        w.Close();

        // Clauses whose class the filter can look up without running code match in their filter;
        // from the first that needs code on, one catch-all tests the rest in order, as CPython does.
        var i = 0;
        for (; i < t.Handlers.Count; i++)
        {
            var h = (ExceptHandler)t.Handlers[i];
            if (h.Type is null || !_expr.CanLookUpQuietly(h.Type)) break;
            var e = context.NewLabel("e");
            var filterType = context.NewTemp("PyObject?");
            w.Line($"catch (PyException {e}) when (ExceptionHandling.Matches({e}, {context.CodeField}, {context.LineVar}, {filterType} = ExceptionHandling.Checked({_expr.QuietLookup(h.Type)})))");
            w.Open("");
            EmitHandlerBody(e, [h], filterType);
            w.Close();
        }
        if (i < t.Handlers.Count)
        {
            var e = context.NewLabel("e");
            w.Line($"catch (PyException {e}) when (ExceptionHandling.CatchAll({e}, {context.CodeField}, {context.LineVar}))");
            w.Open("");
            EmitHandlerBody(e, t.Handlers.Skip(i).Cast<ExceptHandler>().ToList(), null);
            w.Close();
        }

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
            w.Line($"if ({filterType} is null && !ExceptionHandling.IsMatch({e}.Value, {_expr.Obj(h.Type!)})) throw ExceptionHandling.Reraise({e});");
            EmitClause(e, h);
        }
        else
        {
            // Clauses nest as if/else so each can set the line its class expression is on.
            var opened = 0;
            foreach (var h in clauses)
            {
                w.Line($"{context.LineVar} = {h.Line};");
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
            if (clauses[^1].Type is not null) w.Line($"throw ExceptionHandling.Reraise({e});");
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
        w.Line($"return {value};");
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
