// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.MatchClass</c>.</summary>
public sealed class MatchClass(Expr cls, IReadOnlyList<Pattern> patterns, IReadOnlyList<string> kwdAttrs, IReadOnlyList<Pattern> kwdPatterns) : Pattern
{
    public Expr Cls { get; } = cls;
    public IReadOnlyList<Pattern> Patterns { get; } = patterns;
    public IReadOnlyList<string> KwdAttrs { get; } = kwdAttrs;
    public IReadOnlyList<Pattern> KwdPatterns { get; } = kwdPatterns;
    public override string PythonName => "MatchClass";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Cls,
        1 => Patterns,
        2 => KwdAttrs,
        3 => KwdPatterns,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["cls", "patterns", "kwd_attrs", "kwd_patterns"];
}
