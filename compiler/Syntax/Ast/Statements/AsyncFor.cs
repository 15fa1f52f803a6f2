// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.AsyncFor</c>.</summary>
public sealed class AsyncFor(Expr target, Expr iter, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> orelse, string? typeComment) : Stmt
{
    public Expr Target { get; } = target;
    public Expr Iter { get; } = iter;
    public IReadOnlyList<Stmt> Body { get; } = body;
    public IReadOnlyList<Stmt> Orelse { get; } = orelse;
    public string? TypeComment { get; } = typeComment;
    public override string PythonName => "AsyncFor";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Target,
        1 => Iter,
        2 => Body,
        3 => Orelse,
        4 => TypeComment,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["target", "iter", "body", "orelse", "type_comment"];
}
