// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.comprehension</c>.</summary>
public sealed class Comprehension(Expr target, Expr iter, IReadOnlyList<Expr> ifs, int isAsync) : Node
{
    public Expr Target { get; } = target;
    public Expr Iter { get; } = iter;
    public IReadOnlyList<Expr> Ifs { get; } = ifs;
    public int IsAsync { get; } = isAsync;
    public override string PythonName => "comprehension";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Target,
        1 => Iter,
        2 => Ifs,
        3 => IsAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["target", "iter", "ifs", "is_async"];
}
