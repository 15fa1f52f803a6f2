// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.match_case</c>.</summary>
public sealed class MatchCase(Pattern pattern, Expr? guard, IReadOnlyList<Stmt> body) : Node
{
    public Pattern Pattern { get; } = pattern;
    public Expr? Guard { get; } = guard;
    public IReadOnlyList<Stmt> Body { get; } = body;
    public override string PythonName => "match_case";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Pattern,
        1 => Guard,
        2 => Body,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["pattern", "guard", "body"];
}
