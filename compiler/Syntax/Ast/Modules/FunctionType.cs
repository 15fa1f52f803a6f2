// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.FunctionType</c>.</summary>
public sealed class FunctionType(IReadOnlyList<Expr> argtypes, Expr returns) : Mod
{
    public IReadOnlyList<Expr> Argtypes { get; } = argtypes;
    public Expr Returns { get; } = returns;
    public override string PythonName => "FunctionType";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Argtypes,
        1 => Returns,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["argtypes", "returns"];
}
