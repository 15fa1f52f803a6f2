// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Assert</c>.</summary>
public sealed class Assert(Expr test, Expr? msg) : Stmt
{
    public Expr Test { get; } = test;
    public Expr? Msg { get; } = msg;
    public override string PythonName => "Assert";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Test,
        1 => Msg,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["test", "msg"];
}
