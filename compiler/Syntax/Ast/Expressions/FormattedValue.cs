// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.FormattedValue</c>.</summary>
public sealed class FormattedValue(Expr value, int conversion, Expr? formatSpec) : Expr
{
    public Expr Value { get; } = value;
    public int Conversion { get; } = conversion;
    public Expr? FormatSpec { get; } = formatSpec;
    public override string PythonName => "FormattedValue";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Value,
        1 => Conversion,
        2 => FormatSpec,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["value", "conversion", "format_spec"];
}
