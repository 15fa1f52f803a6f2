// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.keyword</c>.</summary>
public sealed class Keyword(string? arg, Expr value) : Node
{
    public string? Arg { get; } = arg;
    public Expr Value { get; } = value;
    public override string PythonName => "keyword";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Arg,
        1 => Value,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["arg", "value"];
}
