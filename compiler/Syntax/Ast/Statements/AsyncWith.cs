// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.AsyncWith</c>.</summary>
public sealed class AsyncWith(IReadOnlyList<WithItem> items, IReadOnlyList<Stmt> body, string? typeComment) : Stmt
{
    public IReadOnlyList<WithItem> Items { get; } = items;
    public IReadOnlyList<Stmt> Body { get; } = body;
    public string? TypeComment { get; } = typeComment;
    public override string PythonName => "AsyncWith";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Items,
        1 => Body,
        2 => TypeComment,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["items", "body", "type_comment"];
}
