// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Raise</c>.</summary>
public sealed class Raise(Expr? exc, Expr? cause) : Stmt
{
    public Expr? Exc { get; } = exc;
    public Expr? Cause { get; } = cause;
    public override string PythonName => "Raise";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Exc,
        1 => Cause,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["exc", "cause"];
}
