// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.AnnAssign</c>.</summary>
public sealed class AnnAssign(Expr target, Expr annotation, Expr? value, int simple) : Stmt
{
    public Expr Target { get; } = target;
    public Expr Annotation { get; } = annotation;
    public Expr? Value { get; } = value;
    public int Simple { get; } = simple;
    public override string PythonName => "AnnAssign";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Target,
        1 => Annotation,
        2 => Value,
        3 => Simple,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["target", "annotation", "value", "simple"];
}
