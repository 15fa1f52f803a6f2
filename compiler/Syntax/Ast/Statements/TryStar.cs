// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.TryStar</c>.</summary>
public sealed class TryStar(IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandlerBase> handlers, IReadOnlyList<Stmt> orelse, IReadOnlyList<Stmt> finalbody) : Stmt
{
    public IReadOnlyList<Stmt> Body { get; } = body;
    public IReadOnlyList<ExceptHandlerBase> Handlers { get; } = handlers;
    public IReadOnlyList<Stmt> Orelse { get; } = orelse;
    public IReadOnlyList<Stmt> Finalbody { get; } = finalbody;
    public override string PythonName => "TryStar";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Body,
        1 => Handlers,
        2 => Orelse,
        3 => Finalbody,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["body", "handlers", "orelse", "finalbody"];
}
