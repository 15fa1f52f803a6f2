namespace PyPack.Compiler.Semantics;

/// <summary>
/// A tuple whose items are all constants, as CPython's compiler folds <c>(1, 'a', (2, 3))</c> into one
/// constant object. Items are the values <see cref="ConstantFolding"/> produces. Equal tuples compare
/// equal (so a module holds one of each), and items of different types never do, since CPython's
/// constant table keeps <c>(1,)</c> and <c>(True,)</c> apart too.
/// </summary>
public sealed class FoldedTuple(IReadOnlyList<object?> items) : IEquatable<FoldedTuple>
{
    public IReadOnlyList<object?> Items { get; } = items;

    public bool Equals(FoldedTuple? other)
    {
        if (other is null || other.Items.Count != Items.Count) return false;
        for (var i = 0; i < Items.Count; i++)
        {
            if (!SameConstant(Items[i], other.Items[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is FoldedTuple t && Equals(t);

    public override int GetHashCode() => HashCode.Combine(Items.Count, Items.Count > 0 ? Items[0]?.GetType() : null);

    private static bool SameConstant(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        // 0.0 and -0.0 are different constants; so are two NaNs with different bits.
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        (System.Numerics.Complex x, System.Numerics.Complex y) => SameConstant(x.Real, y.Real) && SameConstant(x.Imaginary, y.Imaginary),
        _ => a is not null && b is not null && a.GetType() == b.GetType() && a.Equals(b),
    };
}
