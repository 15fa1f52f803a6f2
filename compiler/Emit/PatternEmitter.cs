using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Emits the test of one case's pattern as flat C# (no blocks, so every jump to a fail label is a
/// goto to an enclosing label) and collects its captures into temporaries; the statement emitter
/// binds them once the whole pattern matched. Alternatives of an or-pattern share the temporaries.
/// The checks and their order are CPython's: MATCH_SEQUENCE then the length, MATCH_MAPPING then
/// the length then MATCH_KEYS, MATCH_CLASS (all attribute lookups before any sub-pattern).
/// </summary>
public sealed class PatternEmitter(MethodContext context, CodeWriter w, ExpressionEmitter expr)
{
    private readonly List<(string Name, string Temp)> _captures = [];

    /// <summary>The names the pattern binds, each with the temporary holding its value.</summary>
    public IReadOnlyList<(string Name, string Temp)> Captures => _captures;

    public void Emit(Pattern p, string subject, string fail)
    {
        switch (p)
        {
            case MatchValue v:
                w.Line($"if (!PatternMatching.ValueEquals({subject}, {expr.Obj(v.Value)})) goto {fail};");
                break;
            case MatchSingleton s:
                w.Line($"if (!ReferenceEquals({subject}, {expr.Obj(new Constant(s.Value, null) { Line = s.Line, Col = s.Col })})) goto {fail};");
                break;
            case MatchAs a:
                if (a.Pattern is not null) Emit(a.Pattern, subject, fail);
                if (a.Name is not null) Capture(a.Name, subject);
                break;
            case MatchOr o:
                EmitOr(o, subject, fail);
                break;
            case MatchSequence s:
                EmitSequence(s, subject, fail);
                break;
            case MatchMapping m:
                EmitMapping(m, subject, fail);
                break;
            case MatchClass c:
                EmitClass(c, subject, fail);
                break;
            default:
                throw new UnsupportedConstruct(p, "pattern " + p.PythonName);
        }
    }

    private void Capture(string name, string value)
    {
        var index = _captures.FindIndex(c => c.Name == name);
        string temp;
        if (index >= 0) temp = _captures[index].Temp;
        else
        {
            temp = context.NewTemp();
            _captures.Add((name, temp));
        }
        w.Line($"{temp} = {value};");
    }

    private void EmitOr(MatchOr o, string subject, string fail)
    {
        var matched = context.NewLabel("or_matched_");
        for (var i = 0; i < o.Patterns.Count - 1; i++)
        {
            var next = context.NewLabel("or_next_");
            Emit(o.Patterns[i], subject, next);
            w.Line($"goto {matched};");
            w.Line($"{next}:;");
        }
        Emit(o.Patterns[^1], subject, fail);
        w.Line($"{matched}:;");
    }

    private void EmitSequence(MatchSequence s, string subject, string fail)
    {
        var star = s.Patterns.ToList().FindIndex(p => p is MatchStar);
        var count = s.Patterns.Count;
        w.Line($"if (!PatternMatching.IsSequence({subject})) goto {fail};");
        w.Line(star < 0
            ? $"if (PatternMatching.Length({subject}) != {count}) goto {fail};"
            : $"if (PatternMatching.Length({subject}) < {count - 1}) goto {fail};");
        if (s.Patterns.All(IsWildcard)) return;
        var items = context.NewTemp("PyObject[]");
        w.Line($"{items} = PatternMatching.Items({subject});");
        for (var i = 0; i < count; i++)
        {
            var p = s.Patterns[i];
            if (p is MatchStar ms)
            {
                if (ms.Name is not null) Capture(ms.Name, $"PatternMatching.StarItems({items}, {i}, {count - i - 1})");
                continue;
            }
            var item = star >= 0 && i > star ? $"{items}[{items}.Length - {count - i}]" : $"{items}[{i}]";
            Emit(p, item, fail);
        }
    }

    private void EmitMapping(MatchMapping m, string subject, string fail)
    {
        w.Line($"if (!PatternMatching.IsMapping({subject})) goto {fail};");
        if (m.Keys.Count > 0) w.Line($"if (PatternMatching.Length({subject}) < {m.Keys.Count}) goto {fail};");
        var keys = context.NewTemp("PyObject[]");
        w.Line($"{keys} = new PyObject[] {{ {string.Join(", ", m.Keys.Select(expr.Obj))} }};");
        if (m.Keys.Count > 0)
        {
            var values = context.NewTemp("PyObject[]?");
            w.Line($"{values} = PatternMatching.MatchKeys({subject}, {keys});");
            w.Line($"if ({values} is null) goto {fail};");
            for (var i = 0; i < m.Patterns.Count; i++) Emit(m.Patterns[i], $"{values}[{i}]", fail);
        }
        if (m.Rest is not null) Capture(m.Rest, $"PatternMatching.Rest({subject}, {keys})");
    }

    private void EmitClass(MatchClass c, string subject, string fail)
    {
        var attrs = context.NewTemp("PyObject[]?");
        var keywords = "new string[] { " + string.Join(", ", c.KwdAttrs.Select(CSharpNames.Literal)) + " }";
        w.Line($"{attrs} = PatternMatching.MatchClass({subject}, {expr.Obj(c.Cls)}, {c.Patterns.Count}, {keywords});");
        w.Line($"if ({attrs} is null) goto {fail};");
        var all = c.Patterns.Concat(c.KwdPatterns).ToList();
        for (var i = 0; i < all.Count; i++) Emit(all[i], $"{attrs}[{i}]", fail);
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null } or MatchStar { Name: null };
}
