// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Match</c>.</summary>
public sealed class Match(Expr subject, IReadOnlyList<MatchCase> cases) : Stmt
{
    public Expr Subject { get; } = subject;
    public IReadOnlyList<MatchCase> Cases { get; } = cases;
    public override string PythonName => "Match";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Subject,
        1 => Cases,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["subject", "cases"];
}
