// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.BinOp</c>.</summary>
public sealed class BinOp(Expr left, BinaryOperator op, Expr right) : Expr
{
    public Expr Left { get; } = left;
    public BinaryOperator Op { get; } = op;
    public Expr Right { get; } = right;
    public override string PythonName => "BinOp";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Left,
        1 => Op,
        2 => Right,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["left", "op", "right"];
}
