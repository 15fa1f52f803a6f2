using System.Numerics;

namespace PyPack.Runtime.Objects;

/// <summary>Comparisons between floats and ints, exact as in CPython (no rounding of the int).</summary>
public static class FloatComparison
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Compare(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary><c>i op d</c>.</summary>
    public static bool Compare(PyInt i, double d, CompareOp op)
    {
        if (double.IsNaN(d)) return op == CompareOp.Ne;
        if (double.IsInfinity(d)) return op.Holds(d > 0 ? -1 : 1);
        if (i.IsSmall && i.Small is >= -(1L << 53) and <= (1L << 53)) return Compare((double)i.Small, d, op);
        var floor = Math.Floor(d);
        var c = i.Big.CompareTo(new BigInteger(floor));
        if (c == 0 && d != floor) c = -1;
        return op.Holds(c);
    }
}
