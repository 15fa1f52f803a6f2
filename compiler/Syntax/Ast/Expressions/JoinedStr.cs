// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.JoinedStr</c>.</summary>
public sealed class JoinedStr(IReadOnlyList<Expr> values) : Expr
{
    public IReadOnlyList<Expr> Values { get; } = values;
    public override string PythonName => "JoinedStr";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Values,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["values"];
}
