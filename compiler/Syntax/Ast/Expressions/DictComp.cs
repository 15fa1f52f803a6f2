// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.DictComp</c>.</summary>
public sealed class DictComp(Expr key, Expr value, IReadOnlyList<Comprehension> generators) : Expr
{
    public Expr Key { get; } = key;
    public Expr Value { get; } = value;
    public IReadOnlyList<Comprehension> Generators { get; } = generators;
    public override string PythonName => "DictComp";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Key,
        1 => Value,
        2 => Generators,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["key", "value", "generators"];
}
