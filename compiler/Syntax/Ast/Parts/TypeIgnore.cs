// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.TypeIgnore</c>.</summary>
public sealed class TypeIgnore(int lineno, string tag) : Node
{
    public int Lineno { get; } = lineno;
    public string Tag { get; } = tag;
    public override string PythonName => "TypeIgnore";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Lineno,
        1 => Tag,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["lineno", "tag"];
}
