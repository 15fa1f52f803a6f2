// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Subscript</c>.</summary>
public sealed class Subscript(Expr value, Expr slice, ExprContext ctx) : Expr
{
    public Expr Value { get; } = value;
    public Expr Slice { get; } = slice;
    public ExprContext Ctx { get; } = ctx;
    public override string PythonName => "Subscript";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Value,
        1 => Slice,
        2 => Ctx,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["value", "slice", "ctx"];
}
