// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Compare</c>.</summary>
public sealed class Compare(Expr left, IReadOnlyList<CompareOperator> ops, IReadOnlyList<Expr> comparators) : Expr
{
    public Expr Left { get; } = left;
    public IReadOnlyList<CompareOperator> Ops { get; } = ops;
    public IReadOnlyList<Expr> Comparators { get; } = comparators;
    public override string PythonName => "Compare";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Left,
        1 => Ops,
        2 => Comparators,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["left", "ops", "comparators"];
}
