// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Interactive</c>.</summary>
public sealed class Interactive(IReadOnlyList<Stmt> body) : Mod
{
    public IReadOnlyList<Stmt> Body { get; } = body;
    public override string PythonName => "Interactive";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Body,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["body"];
}
