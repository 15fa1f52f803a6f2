// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.withitem</c>.</summary>
public sealed class WithItem(Expr contextExpr, Expr? optionalVars) : Node
{
    public Expr ContextExpr { get; } = contextExpr;
    public Expr? OptionalVars { get; } = optionalVars;
    public override string PythonName => "withitem";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => ContextExpr,
        1 => OptionalVars,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["context_expr", "optional_vars"];
}
