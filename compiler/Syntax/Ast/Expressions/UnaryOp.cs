// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.UnaryOp</c>.</summary>
public sealed class UnaryOp(UnaryOperator op, Expr operand) : Expr
{
    public UnaryOperator Op { get; } = op;
    public Expr Operand { get; } = operand;
    public override string PythonName => "UnaryOp";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Op,
        1 => Operand,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["op", "operand"];
}
