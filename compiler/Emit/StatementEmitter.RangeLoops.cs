using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// <c>for x in range(...)</c> as a counted loop on longs. Whether <c>range</c> is still the builtin is
/// checked when the loop starts (RangeLoop.Start); a rebound <c>range</c> or a range past 64 bits
/// gets an iterator, and the same loop body takes its items instead:
/// <code>
/// it = RangeLoop.Start(range, a, b, out cur, out step, out count);
/// while (true) { if (it is null) { if (count-- &lt;= 0) break; x = cur; cur += step; } else { ...Next()... } body }
/// </code>
/// </summary>
public sealed partial class StatementEmitter
{
    private bool TryEmitRangeFor(For loop)
    {
        if (loop.Target is not Name target || CurrentProtection is not null) return false;
        if (loop.Iter is not Call { Func: Name { Id: "range" } func, Keywords.Count: 0 } call) return false;
        if (call.Args.Count is < 1 or > 3 || call.Args.Any(a => a is Starred)) return false;
        // Only a global (module or builtins) name can still be the builtin; a local or class-body range is generic.
        if (context.Resolve(func.Id).Storage != NameStorage.Global) return false;

        var range = context.NewTemp();
        w.Line($"{range} = {_expr.Obj(func)};");
        var args = new List<string>();
        foreach (var a in call.Args)
        {
            var t = context.NewTemp();
            w.Line($"{t} = {_expr.Obj(a)};");
            args.Add(t);
        }
        var it = context.NewTemp("PyIterator?");
        var cur = context.NewTemp("long");
        var step = context.NewTemp("long");
        var count = context.NewTemp("long");
        w.Line($"{it} = RangeLoop.Start({range}, {string.Join(", ", args)}, out {cur}, out {step}, out {count});");
        var labels = new LoopLabels(loop.Orelse.Count > 0 ? context.NewLabel("break_") : null);
        context.PushLoop(labels);
        w.Open("while (true)");
        w.Line($"{context.LineVar} = {loop.Line};");
        w.Open($"if ({it} is null)");
        w.Line($"if ({count}-- <= 0) break;");
        StoreLong(target, cur);
        w.Line($"{cur} = unchecked({cur} + {step});");
        w.Close();
        w.Open("else");
        var item = context.NewTemp();
        w.Line($"if (({item} = {it}.Next()!) is null) break;");
        StoreTo(target, item);
        w.Close();
        EmitInterruptCheck();
        EmitBody(loop.Body);
        w.Close();
        context.PopLoop();
        EmitLoopElse(loop.Orelse, labels);
        return true;
    }

    /// <summary>Binds a name to the int held in the C# long <paramref name="value"/>.</summary>
    private void StoreLong(Name target, string value)
    {
        if (context.IsUnboxed(target.Id)) w.Line($"{context.Resolve(target.Id).CSharpName} = Unboxed.Int({value});");
        else StoreTo(target, $"PyInt.From({value})");
    }
}
