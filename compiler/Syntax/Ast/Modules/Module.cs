// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Module</c>.</summary>
public sealed class Module(IReadOnlyList<Stmt> body, IReadOnlyList<TypeIgnore> typeIgnores) : Mod
{
    public IReadOnlyList<Stmt> Body { get; } = body;
    public IReadOnlyList<TypeIgnore> TypeIgnores { get; } = typeIgnores;
    public override string PythonName => "Module";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Body,
        1 => TypeIgnores,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["body", "type_ignores"];
}
