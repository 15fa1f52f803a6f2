namespace PyPack.Runtime.Objects;

/// <summary>Python's binary operators, named as the AST names them.</summary>
public enum BinaryOperator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

public static class BinaryOperatorExtensions
{
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
