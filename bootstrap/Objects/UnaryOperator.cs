namespace PyPack.Runtime.Objects;

/// <summary>Python's unary operators except <c>not</c>, which is truthiness.</summary>
public enum UnaryOperator { Invert, UAdd, USub }

public static class UnaryOperatorExtensions
{
    /// <summary>Every operator in declaration order (Enum.GetValues would need reflection data in a NativeAOT build).</summary>
    public static readonly UnaryOperator[] All = [UnaryOperator.Invert, UnaryOperator.UAdd, UnaryOperator.USub];

    public static string Symbol(this UnaryOperator op) => op switch
    {
        UnaryOperator.Invert => "~",
        UnaryOperator.UAdd => "+",
        _ => "-",
    };
}
