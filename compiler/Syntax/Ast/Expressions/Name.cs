// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Name</c>.</summary>
public sealed class Name(string id, ExprContext ctx) : Expr
{
    public string Id { get; } = id;
    public ExprContext Ctx { get; } = ctx;
    public override string PythonName => "Name";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Id,
        1 => Ctx,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["id", "ctx"];
}
