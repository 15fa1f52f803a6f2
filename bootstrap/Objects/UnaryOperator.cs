namespace PyPack.Runtime.Objects;

/// <summary>Python's unary operators except <c>not</c>, which is truthiness.</summary>
public enum UnaryOperator { Invert, UAdd, USub }

public static class UnaryOperatorExtensions
{
    public static string Symbol(this UnaryOperator op) => op switch
    {
        UnaryOperator.Invert => "~",
        UnaryOperator.UAdd => "+",
        _ => "-",
    };
}
