using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>f-strings: literal parts, fields with conversions and (possibly nested) format specs.</summary>
public sealed partial class ExpressionEmitter
{
    private string EmitJoinedStr(JoinedStr j)
    {
        if (j.Values.Count >= 2) return EmitBuiltJoinedStr(j);
        // f"{x}" and f"{x!s}" are the str x itself when it is an exact str, as in CPython
        // (format(x, '') and str(x) return it): no copy. f"text" is the constant "text".
        switch (j.Values.Count == 1 ? j.Values[0] : null)
        {
            case Constant { Value: string text }:
                return Module.Constants.Get(text)!;
            case FormattedValue { Conversion: -1, FormatSpec: null } f:
                return $"Text.FormatField({Obj(f.Value)})";
            case FormattedValue { Conversion: 's', FormatSpec: null } f:
                return $"Text.ToStr({Obj(f.Value)})";
        }
        var parts = JoinedParts(j);
        return parts.Count == 0 ? "PyStr.Empty" : $"new PyStr({parts[0]})";
    }

    /// <summary>
    /// An f-string of two pieces or more, written into one builder as its fields are evaluated
    /// (Runtime.Formatting.FStringBuilder): a plain field's value is handed over as it is (a number
    /// the compiler keeps unboxed stays unboxed), any other field as its formatted text.
    /// </summary>
    private string EmitBuiltJoinedStr(JoinedStr j)
    {
        var code = new System.Text.StringBuilder("PyPack.Runtime.Formatting.FStringBuilder.Start()");
        foreach (var v in j.Values)
        {
            code.Append(v switch
            {
                Constant { Value: string s } => $".Text({CSharpNames.Literal(s)})",
                FormattedValue { Conversion: -1, FormatSpec: null } f => $".Value({(IsNumeric(f.Value) ? Unboxed(f.Value) : Obj(f.Value))})",
                FormattedValue f => $".Text({EmitFormattedValue(f)})",
                // A field formatted ahead of an await (see Emit): its str.
                _ => $".Value({Obj(v)})",
            });
        }
        return code.Append(".Result").ToString();
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
                    parts.Add($"Text.Str({Obj(v)})"); // a field formatted ahead of an await (see Emit)
                    break;
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
