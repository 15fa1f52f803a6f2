// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Call</c>.</summary>
public sealed class Call(Expr func, IReadOnlyList<Expr> args, IReadOnlyList<Keyword> keywords) : Expr
{
    public Expr Func { get; } = func;
    public IReadOnlyList<Expr> Args { get; } = args;
    public IReadOnlyList<Keyword> Keywords { get; } = keywords;
    public override string PythonName => "Call";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Func,
        1 => Args,
        2 => Keywords,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["func", "args", "keywords"];
}
