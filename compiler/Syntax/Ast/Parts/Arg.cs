// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.arg</c>.</summary>
public sealed class Arg(string arg, Expr? annotation, string? typeComment) : Node
{
    public string ArgValue { get; } = arg;
    public Expr? Annotation { get; } = annotation;
    public string? TypeComment { get; } = typeComment;
    public override string PythonName => "arg";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => ArgValue,
        1 => Annotation,
        2 => TypeComment,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["arg", "annotation", "type_comment"];
}
