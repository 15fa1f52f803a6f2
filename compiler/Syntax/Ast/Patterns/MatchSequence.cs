// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.MatchSequence</c>.</summary>
public sealed class MatchSequence(IReadOnlyList<Pattern> patterns) : Pattern
{
    public IReadOnlyList<Pattern> Patterns { get; } = patterns;
    public override string PythonName => "MatchSequence";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Patterns,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["patterns"];
}
