using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>f-strings.</summary>
public sealed partial class ExpressionEmitter
{
    private string EmitJoinedStr(JoinedStr j)
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
                    if (f.FormatSpec is not null) throw new UnsupportedConstruct(f, "format specification in an f-string");
                    var value = Obj(f.Value);
                    parts.Add(f.Conversion switch
                    {
                        -1 => $"Text.Format({value}, \"\")",
                        's' => $"Text.Str({value})",
                        'r' => $"Text.Repr({value})",
                        _ => throw new UnsupportedConstruct(f, "!a conversion in an f-string"),
                    });
                    break;
                default:
                    throw new UnsupportedConstruct(v, UnsupportedConstruct.Describe(v));
            }
        }
        return parts.Count switch
        {
            0 => "PyStr.Empty",
            1 => $"new PyStr({parts[0]})",
            _ => $"new PyStr(string.Concat(new string[] {{ {string.Join(", ", parts)} }}))",
        };
    }
}
