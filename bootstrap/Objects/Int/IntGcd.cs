using System.Numerics;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The greatest common divisor of two ints (math.gcd, fractions). Operands within 64 bits take
/// a binary gcd on ulongs; a long operand and one within 64 bits take one remainder on the
/// limbs and then the same; two long operands go to BigInteger's Lehmer gcd. Only that last
/// shape converts to BigInteger and back.
/// </summary>
public static class IntGcd
{
    public static PyInt Of(PyInt a, PyInt b)
    {
        Span<ulong> sa = stackalloc ulong[1], sb = stackalloc ulong[1];
        var x = MagnitudeOf(a, sa);
        var y = MagnitudeOf(b, sb);
        if (x.Length < y.Length)
        {
            var t = x;
            x = y;
            y = t;
        }
        // y is the shorter: gcd(x, 0) = |x|.
        if (y.IsEmpty) return x.IsEmpty ? PyInt.Zero : FromMagnitude(x, a, b);
        if (x.Length == 1) return FromUlong(Binary(x[0], y[0]));
        if (y.Length == 1) return FromUlong(Binary(y[0], Remainder(x, y[0])));
        return PyInt.From(BigInteger.GreatestCommonDivisor(a.Big, b.Big));
    }

    private static ReadOnlySpan<ulong> MagnitudeOf(PyInt v, Span<ulong> scratch)
    {
        if (!v.IsSmall) return v.Magnitude;
        var s = v.Small;
        if (s == 0) return default;
        scratch[0] = s < 0 ? 0UL - (ulong)s : (ulong)s;
        return scratch;
    }

    // |x| when the other operand is zero: the operand itself when it is a non-negative exact
    // int, else a new int of the magnitude.
    private static PyInt FromMagnitude(ReadOnlySpan<ulong> x, PyInt a, PyInt b)
    {
        var v = a.Sign != 0 ? a : b;
        if (v.Sign > 0 && v.Type == PyInt.TypeObject) return v;
        if (x.Length == 1) return FromUlong(x[0]);
        return PyInt.FromLimbs(x.ToArray(), x.Length, false);
    }

    private static PyInt FromUlong(ulong g) =>
        g <= long.MaxValue ? PyInt.From((long)g) : PyInt.FromLimbs([g], 1, false);

    // x modulo d for a multi-limb x: one hardware 128-by-64 step per limb is not in .NET's
    // baseline, so a divisor below 2**32 takes the 64-by-32 kernel and a wider one UInt128.
    private static ulong Remainder(ReadOnlySpan<ulong> x, ulong d)
    {
        if (d <= uint.MaxValue) return Limbs.RemainderSmall(x, (uint)d);
        UInt128 rem = 0;
        for (var i = x.Length - 1; i >= 0; i--) rem = ((rem << 64) | x[i]) % d;
        return (ulong)rem;
    }

    // Stein's binary gcd: shifts and subtractions, no division.
    private static ulong Binary(ulong u, ulong v)
    {
        if (u == 0) return v;
        if (v == 0) return u;
        var shift = BitOperations.TrailingZeroCount(u | v);
        u >>= BitOperations.TrailingZeroCount(u);
        do
        {
            v >>= BitOperations.TrailingZeroCount(v);
            if (u > v) (u, v) = (v, u);
            v -= u;
        }
        while (v != 0);
        return u << shift;
    }
}
