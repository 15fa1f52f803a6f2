// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.MatchAs</c>.</summary>
public sealed class MatchAs(Pattern? pattern, string? name) : Pattern
{
    public Pattern? Pattern { get; } = pattern;
    public string? Name { get; } = name;
    public override string PythonName => "MatchAs";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Pattern,
        1 => Name,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["pattern", "name"];
}
