// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.SetComp</c>.</summary>
public sealed class SetComp(Expr elt, IReadOnlyList<Comprehension> generators) : Expr
{
    public Expr Elt { get; } = elt;
    public IReadOnlyList<Comprehension> Generators { get; } = generators;
    public override string PythonName => "SetComp";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Elt,
        1 => Generators,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["elt", "generators"];
}
