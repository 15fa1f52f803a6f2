// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.AugAssign</c>.</summary>
public sealed class AugAssign(Expr target, BinaryOperator op, Expr value) : Stmt
{
    public Expr Target { get; } = target;
    public BinaryOperator Op { get; } = op;
    public Expr Value { get; } = value;
    public override string PythonName => "AugAssign";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Target,
        1 => Op,
        2 => Value,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["target", "op", "value"];
}
