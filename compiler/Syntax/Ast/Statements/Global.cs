// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Global</c>.</summary>
public sealed class Global(IReadOnlyList<string> names) : Stmt
{
    public IReadOnlyList<string> Names { get; } = names;
    public override string PythonName => "Global";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Names,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["names"];
}
