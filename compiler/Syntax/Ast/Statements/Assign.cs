// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Assign</c>.</summary>
public sealed class Assign(IReadOnlyList<Expr> targets, Expr value, string? typeComment) : Stmt
{
    public IReadOnlyList<Expr> Targets { get; } = targets;
    public Expr Value { get; } = value;
    public string? TypeComment { get; } = typeComment;
    public override string PythonName => "Assign";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Targets,
        1 => Value,
        2 => TypeComment,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["targets", "value", "type_comment"];
}
