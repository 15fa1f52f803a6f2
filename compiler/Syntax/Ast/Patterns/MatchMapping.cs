// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.MatchMapping</c>.</summary>
public sealed class MatchMapping(IReadOnlyList<Expr> keys, IReadOnlyList<Pattern> patterns, string? rest) : Pattern
{
    public IReadOnlyList<Expr> Keys { get; } = keys;
    public IReadOnlyList<Pattern> Patterns { get; } = patterns;
    public string? Rest { get; } = rest;
    public override string PythonName => "MatchMapping";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Keys,
        1 => Patterns,
        2 => Rest,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["keys", "patterns", "rest"];
}
