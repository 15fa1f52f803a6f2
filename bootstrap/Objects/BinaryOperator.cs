namespace PyPack.Runtime.Objects;

/// <summary>Python's binary operators, named as the AST names them.</summary>
public enum BinaryOperator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

public static class BinaryOperatorExtensions
{
    /// <summary>Every operator in declaration order (Enum.GetValues would need reflection data in a NativeAOT build).</summary>
    public static readonly BinaryOperator[] All = [BinaryOperator.Add, BinaryOperator.Sub, BinaryOperator.Mult, BinaryOperator.MatMult, BinaryOperator.Div, BinaryOperator.Mod, BinaryOperator.Pow, BinaryOperator.LShift, BinaryOperator.RShift, BinaryOperator.BitOr, BinaryOperator.BitXor, BinaryOperator.BitAnd, BinaryOperator.FloorDiv];

    public static string Symbol(this BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Sub => "-",
        BinaryOperator.Mult => "*",
        BinaryOperator.MatMult => "@",
        BinaryOperator.Div => "/",
        BinaryOperator.Mod => "%",
        BinaryOperator.Pow => "** or pow()",
        BinaryOperator.LShift => "<<",
        BinaryOperator.RShift => ">>",
        BinaryOperator.BitOr => "|",
        BinaryOperator.BitXor => "^",
        BinaryOperator.BitAnd => "&",
        _ => "//",
    };
}
