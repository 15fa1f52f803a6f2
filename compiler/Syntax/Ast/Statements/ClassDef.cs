// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.ClassDef</c>.</summary>
public sealed class ClassDef(string name, IReadOnlyList<Expr> bases, IReadOnlyList<Keyword> keywords, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decoratorList) : Stmt
{
    public string Name { get; } = name;
    public IReadOnlyList<Expr> Bases { get; } = bases;
    public IReadOnlyList<Keyword> Keywords { get; } = keywords;
    public IReadOnlyList<Stmt> Body { get; } = body;
    public IReadOnlyList<Expr> DecoratorList { get; } = decoratorList;
    public override string PythonName => "ClassDef";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Name,
        1 => Bases,
        2 => Keywords,
        3 => Body,
        4 => DecoratorList,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["name", "bases", "keywords", "body", "decorator_list"];
}
