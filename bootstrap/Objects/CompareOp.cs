namespace PyPack.Runtime.Objects;

/// <summary>The six rich comparisons, in CPython's Py_LT..Py_GE order.</summary>
public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }

public static class CompareOpExtensions
{
    /// <summary>Every operator in declaration order (Enum.GetValues would need reflection data in a NativeAOT build).</summary>
    public static readonly CompareOp[] All = [CompareOp.Lt, CompareOp.Le, CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge];

    /// <summary>The comparison to try on the right operand (<c>a &lt; b</c> is <c>b &gt; a</c>).</summary>
    public static CompareOp Swapped(this CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    public static string Symbol(this CompareOp op) => op switch
    {
        CompareOp.Lt => "<",
        CompareOp.Le => "<=",
        CompareOp.Eq => "==",
        CompareOp.Ne => "!=",
        CompareOp.Gt => ">",
        _ => ">=",
    };

    /// <summary>Applies the comparison to the sign of a three-way comparison result.</summary>
    // Inlined: CompareBool's int path ends here on every `if a == b:` of two ints.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Holds(this CompareOp op, int sign) => op switch
    {
        CompareOp.Lt => sign < 0,
        CompareOp.Le => sign <= 0,
        CompareOp.Eq => sign == 0,
        CompareOp.Ne => sign != 0,
        CompareOp.Gt => sign > 0,
        _ => sign >= 0,
    };
}
