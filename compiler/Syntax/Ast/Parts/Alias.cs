// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.alias</c>.</summary>
public sealed class Alias(string name, string? asname) : Node
{
    public string Name { get; } = name;
    public string? Asname { get; } = asname;
    public override string PythonName => "alias";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Name,
        1 => Asname,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["name", "asname"];
}
