using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// yield and yield from, as statements or as the value of an assignment (see
/// <see cref="Lowering.GeneratorLowering"/>): the body is a C# iterator, so each stores its value in
/// the frame, does a <c>yield return null</c>, then picks up what the generator was sent or thrown.
/// </summary>
public sealed partial class StatementEmitter
{
    /// <summary>
    /// Emits the yield and returns a temporary holding the expression's value. A yield statement
    /// (<paramref name="used"/> false) keeps no value: storing it would cost a state machine field
    /// write at every resume.
    /// </summary>
    private string EmitYield(Expr e, bool used = true)
    {
        if (!context.IsGenerator) throw new UnsupportedConstruct(e, e is Await ? "'await' outside an async function" : "'yield' outside a function");
        var result = used ? context.NewTemp() : "_";
        switch (e)
        {
            case Yield y:
                {
                    // In an async generator the item is wrapped: an await's suspension yields its values bare.
                    var value = GuardedValue(y.Value is null ? "PyNone.Instance" : _expr.Obj(y.Value));
                    // The value goes through the frame: the generator reads a field, not the iterator's Current.
                    w.Line($"frame.Yielded = {(context.IsAsyncGenerator ? $"PyAsyncGenerator.Wrap({value})" : value)};");
                    w.Line("yield return null!;");
                }
                // An exception thrown in (throw(), athrow(), close()) goes straight to the region's
                // handler, as the guard's catch would take it: no .NET throw and catch for it.
                if (CurrentProtection is { } p)
                {
                    w.Line($"if (frame.HasThrown) {{ {p.Pending} = frame.TakeThrown({context.CodeField}, {context.LineVar}); goto {p.Label}; }}");
                }
                Guard(() => w.Line(result == "_" ? "frame.ResumeUnused();" : $"{result} = frame.Resume();"));
                break;
            case YieldFrom yf:
                EmitDelegation(_expr.Obj(yf.Value), result);
                break;
            case Await aw:
                if (_expr.CurrentPlace is not null) AtSpan(aw);
                EmitDelegation($"Awaiting.GetAwaitable({_expr.Obj(HasAwait(aw.Value) ? Spill(aw.Value) : aw.Value)})", result);
                break;
        }
        return result;
    }

    /// <summary>
    /// <c>yield from</c>, and <c>await</c> (a yield from over the awaitable): every value the
    /// delegate yields goes out of this body, every value or exception sent in goes to the delegate.
    /// With <paramref name="endsAsyncFor"/> (async for's await of <c>__anext__()</c>, inside its
    /// <c>while (true)</c>), StopAsyncIteration breaks out of that loop instead of being raised.
    /// </summary>
    private void EmitDelegation(string iterable, string result, bool endsAsyncFor = false)
    {
        var state = context.NewTemp("YieldFrom");
        Guard(() => w.Line($"{state} = {(endsAsyncFor ? $"YieldFrom.AsyncNext({iterable})" : $"new YieldFrom({iterable})")};"));
        if (CurrentProtection is null) w.Line($"while ({state}.Step(frame)) yield return null!;");
        else
        {
            // Step raises what the delegate raised: inside a protected region it is guarded, the yield is not.
            var more = context.NewTemp("bool");
            w.Open("while (true)");
            Guard(() => w.Line($"{more} = {state}.Step(frame);"));
            w.Line($"if (!{more}) break;");
            w.Line("yield return null!;");
            w.Close();
        }
        if (endsAsyncFor) w.Line($"if ({state}.Exhausted) break;");
        if (result != "_") w.Line($"{result} = {state}.Result;");
    }
}
