// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Set</c>.</summary>
public sealed class Set(IReadOnlyList<Expr> elts) : Expr
{
    public IReadOnlyList<Expr> Elts { get; } = elts;
    public override string PythonName => "Set";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Elts,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["elts"];
}
