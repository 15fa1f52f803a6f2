// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Dict</c>.</summary>
public sealed class Dict(IReadOnlyList<Expr?> keys, IReadOnlyList<Expr> values) : Expr
{
    public IReadOnlyList<Expr?> Keys { get; } = keys;
    public IReadOnlyList<Expr> Values { get; } = values;
    public override string PythonName => "Dict";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Keys,
        1 => Values,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["keys", "values"];
}
