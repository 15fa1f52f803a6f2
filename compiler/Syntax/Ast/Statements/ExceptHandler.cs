// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.ExceptHandler</c>.</summary>
public sealed class ExceptHandler(Expr? @type, string? name, IReadOnlyList<Stmt> body) : ExceptHandlerBase
{
    public Expr? Type { get; } = @type;
    public string? Name { get; } = name;
    public IReadOnlyList<Stmt> Body { get; } = body;
    public override string PythonName => "ExceptHandler";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Type,
        1 => Name,
        2 => Body,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["type", "name", "body"];
}
