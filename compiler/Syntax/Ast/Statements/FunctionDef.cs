// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.FunctionDef</c>.</summary>
public sealed class FunctionDef(string name, Arguments args, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decoratorList, Expr? returns, string? typeComment) : Stmt
{
    public string Name { get; } = name;
    public Arguments Args { get; } = args;
    public IReadOnlyList<Stmt> Body { get; } = body;
    public IReadOnlyList<Expr> DecoratorList { get; } = decoratorList;
    public Expr? Returns { get; } = returns;
    public string? TypeComment { get; } = typeComment;
    public override string PythonName => "FunctionDef";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Name,
        1 => Args,
        2 => Body,
        3 => DecoratorList,
        4 => Returns,
        5 => TypeComment,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["name", "args", "body", "decorator_list", "returns", "type_comment"];
}
