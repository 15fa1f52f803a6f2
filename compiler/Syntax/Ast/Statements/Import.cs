// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Import</c>.</summary>
public sealed class Import(IReadOnlyList<Alias> names) : Stmt
{
    public IReadOnlyList<Alias> Names { get; } = names;
    public override string PythonName => "Import";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Names,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["names"];
}
