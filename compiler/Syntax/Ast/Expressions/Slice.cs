// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Slice</c>.</summary>
public sealed class Slice(Expr? lower, Expr? upper, Expr? step) : Expr
{
    public Expr? Lower { get; } = lower;
    public Expr? Upper { get; } = upper;
    public Expr? Step { get; } = step;
    public override string PythonName => "Slice";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Lower,
        1 => Upper,
        2 => Step,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["lower", "upper", "step"];
}
