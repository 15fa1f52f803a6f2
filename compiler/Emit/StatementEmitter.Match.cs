using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// <c>match</c>: the subject is evaluated once, then each case's pattern is tested as flat code
/// that jumps to the case's fail label at the first mismatch (see <see cref="PatternEmitter"/>).
/// As in CPython, captured names are bound only once the whole pattern matched, before the
/// guard, and stay bound when the guard is false.
/// <code>
/// match p:                          t0 = p;
///     case (x, 0) if x &gt; 1:           if (!IsSequence(t0)) goto case_fail_1; ... t2 = items[0];
///         body                           l_x = t2; if (!(x &gt; 1)) goto case_fail_1; body; goto match_end_0;
///     case _: other                  case_fail_1:; other
///                                    match_end_0:;
/// </code>
/// </summary>
public sealed partial class StatementEmitter
{
    private void EmitMatch(Match m)
    {
        var subject = context.NewTemp();
        Guard(() => w.Line($"{subject} = {_expr.Obj(m.Subject)};"));
        var end = context.NewLabel("match_end_");
        foreach (var c in m.Cases)
        {
            var fail = context.NewLabel("case_fail_");
            var patterns = new PatternEmitter(context, w, _expr);
            // A pattern that raises (a class pattern's __match_args__, say) is reported at its span.
            var patternPlace = context.Module.PositionId(c.Pattern.Line, c.Pattern.EndLine, c.Pattern.Col, c.Pattern.EndCol);
            w.Line($"{context.LineVar} = {patternPlace};");
            _expr.StartPlaces(patternPlace);
            Guard(() =>
            {
                patterns.Emit(c.Pattern, subject, fail);
                foreach (var (name, temp) in patterns.Captures)
                {
                    StoreTo(new Name(name, ExprContext.Store) { Line = c.Pattern.Line, Col = c.Pattern.Col }, temp);
                }
                if (c.Guard is not null)
                {
                    w.Line($"{context.LineVar} = {c.Guard.Line};");
                    _expr.StartPlaces(c.Guard.Line);
                    w.Line($"if (!{_expr.Condition(c.Guard)}) goto {fail};");
                }
            });
            EmitBody(c.Body);
            w.Line($"goto {end};");
            w.Line($"{fail}:;");
        }
        w.Line($"{end}:;");
    }
}
