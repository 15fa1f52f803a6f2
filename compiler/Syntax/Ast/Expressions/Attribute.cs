// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Attribute</c>.</summary>
public sealed class Attribute(Expr value, string attr, ExprContext ctx) : Expr
{
    public Expr Value { get; } = value;
    public string Attr { get; } = attr;
    public ExprContext Ctx { get; } = ctx;
    public override string PythonName => "Attribute";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Value,
        1 => Attr,
        2 => Ctx,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["value", "attr", "ctx"];
}
