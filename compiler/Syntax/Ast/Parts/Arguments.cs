// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.arguments</c>.</summary>
public sealed class Arguments(IReadOnlyList<Arg> posonlyargs, IReadOnlyList<Arg> args, Arg? vararg, IReadOnlyList<Arg> kwonlyargs, IReadOnlyList<Expr?> kwDefaults, Arg? kwarg, IReadOnlyList<Expr> defaults) : Node
{
    public IReadOnlyList<Arg> Posonlyargs { get; } = posonlyargs;
    public IReadOnlyList<Arg> Args { get; } = args;
    public Arg? Vararg { get; } = vararg;
    public IReadOnlyList<Arg> Kwonlyargs { get; } = kwonlyargs;
    public IReadOnlyList<Expr?> KwDefaults { get; } = kwDefaults;
    public Arg? Kwarg { get; } = kwarg;
    public IReadOnlyList<Expr> Defaults { get; } = defaults;
    public override string PythonName => "arguments";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Posonlyargs,
        1 => Args,
        2 => Vararg,
        3 => Kwonlyargs,
        4 => KwDefaults,
        5 => Kwarg,
        6 => Defaults,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"];
}
