// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.List</c>.</summary>
public sealed class List(IReadOnlyList<Expr> elts, ExprContext ctx) : Expr
{
    public IReadOnlyList<Expr> Elts { get; } = elts;
    public ExprContext Ctx { get; } = ctx;
    public override string PythonName => "List";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Elts,
        1 => Ctx,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["elts", "ctx"];
}
