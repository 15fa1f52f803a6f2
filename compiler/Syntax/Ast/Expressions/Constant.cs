// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Constant</c>.</summary>
public sealed class Constant(object? value, string? kind) : Expr
{
    public object? Value { get; } = value;
    public string? Kind { get; } = kind;

    /// <summary>
    /// A str whose escapes put a lone high surrogate right before a lone low one ("\ud83d\ude00"):
    /// two code points in CPython, which PyPack's UTF-16 str would read as one character.
    /// </summary>
    public bool JoinsLoneSurrogates { get; init; }
    public override string PythonName => "Constant";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Value,
        1 => Kind,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["value", "kind"];
}
