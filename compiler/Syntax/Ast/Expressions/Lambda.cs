// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Lambda</c>.</summary>
public sealed class Lambda(Arguments args, Expr body) : Expr
{
    public Arguments Args { get; } = args;
    public Expr Body { get; } = body;
    public override string PythonName => "Lambda";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Args,
        1 => Body,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["args", "body"];
}
