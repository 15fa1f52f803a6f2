// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.If</c>.</summary>
public sealed class If(Expr test, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> orelse) : Stmt
{
    public Expr Test { get; } = test;
    public IReadOnlyList<Stmt> Body { get; } = body;
    public IReadOnlyList<Stmt> Orelse { get; } = orelse;
    public override string PythonName => "If";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Test,
        1 => Body,
        2 => Orelse,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["test", "body", "orelse"];
}
