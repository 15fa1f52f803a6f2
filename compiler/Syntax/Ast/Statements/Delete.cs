// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Delete</c>.</summary>
public sealed class Delete(IReadOnlyList<Expr> targets) : Stmt
{
    public IReadOnlyList<Expr> Targets { get; } = targets;
    public override string PythonName => "Delete";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Targets,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["targets"];
}
