// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.MatchSingleton</c>.</summary>
public sealed class MatchSingleton(object? value) : Pattern
{
    public object? Value { get; } = value;
    public override string PythonName => "MatchSingleton";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Value,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["value"];
}
