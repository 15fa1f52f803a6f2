using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>f-strings: literal parts, fields with conversions and (possibly nested) format specs.</summary>
public sealed partial class ExpressionEmitter
{
    private string EmitJoinedStr(JoinedStr j)
    {
        var parts = JoinedParts(j);
        return parts.Count switch
        {
            0 => "PyStr.Empty",
            1 => $"new PyStr({parts[0]})",
            _ => $"new PyStr(string.Concat(new string[] {{ {string.Join(", ", parts)} }}))",
        };
    }

    /// <summary>The f-string's pieces as C# string expressions, in evaluation order.</summary>
    private List<string> JoinedParts(JoinedStr j)
    {
        var parts = new List<string>();
        foreach (var v in j.Values)
        {
            switch (v)
            {
                case Constant { Value: string s }:
                    parts.Add(CSharpNames.Literal(s));
                    break;
                case FormattedValue f:
                    parts.Add(EmitFormattedValue(f));
                    break;
                default:
                    throw new UnsupportedConstruct(v, UnsupportedConstruct.Describe(v));
            }
        }
        return parts;
    }

    private string EmitFormattedValue(FormattedValue f)
    {
        var value = Obj(f.Value);
        var converted = f.Conversion switch
        {
            -1 => value,
            's' => $"Text.ToStr({value})",
            'r' => $"Text.ToRepr({value})",
            'a' => $"Text.ToAscii({value})",
            _ => throw new UnsupportedConstruct(f, "f-string conversion"),
        };
        if (f.FormatSpec is null)
        {
            return f.Conversion switch
            {
                -1 => $"Text.Format({value}, \"\")",
                's' => $"Text.Str({value})",
                'r' => $"Text.Repr({value})",
                _ => $"Text.ToAscii({value}).Value",
            };
        }
        if (ConstantSpec(f.FormatSpec) is { } text)
        {
            // The spec is parsed once per site (at module load), not per evaluation.
            var field = Module.FormatSpecConstant(text);
            return f.Conversion == -1 ? $"Text.Format({value}, {field})" : $"Text.Format({converted}.Value, {field})";
        }
        var specParts = f.FormatSpec is JoinedStr js ? JoinedParts(js) : [$"Text.Str({Obj(f.FormatSpec)})"];
        var spec = specParts.Count switch
        {
            0 => "\"\"",
            1 => specParts[0],
            _ => $"string.Concat(new string[] {{ {string.Join(", ", specParts)} }})",
        };
        return $"Text.Format({converted}, {spec})";
    }

    /// <summary>The text of a non-empty spec without nested fields (<c>f"{x:>10}"</c>), else null.</summary>
    private static string? ConstantSpec(Expr spec)
    {
        if (spec is not JoinedStr js) return null;
        var text = "";
        foreach (var v in js.Values)
        {
            if (v is not Constant { Value: string s }) return null;
            text += s;
        }
        return text.Length == 0 ? null : text;
    }
}
