// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.NamedExpr</c>.</summary>
public sealed class NamedExpr(Expr target, Expr value) : Expr
{
    public Expr Target { get; } = target;
    public Expr Value { get; } = value;
    public override string PythonName => "NamedExpr";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Target,
        1 => Value,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["target", "value"];
}
