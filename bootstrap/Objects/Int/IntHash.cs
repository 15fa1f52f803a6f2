using System.Numerics;

namespace PyPack.Runtime.Objects;

/// <summary>
/// CPython's numeric hash: the value modulo the Mersenne prime 2**61 - 1, sign kept, with -1
/// mapped to -2. Equal ints and floats hash alike, which set iteration order depends on.
/// </summary>
public static class IntHash
{
    public const long Modulus = (1L << 61) - 1;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static long Of(long value)
    {
        // Below the modulus the hash is the value itself: no division on the common path.
        if (value > -Modulus && value < Modulus) return value == -1 ? -2 : value;
        return OfLarge(value);
    }

    private static long OfLarge(long value)
    {
        if (value == long.MinValue) return Of((BigInteger)value);
        var h = Math.Abs(value) % Modulus;
        if (value < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long Of(BigInteger value)
    {
        var h = (long)(BigInteger.Abs(value) % Modulus);
        if (value.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /// <summary>The hash of a magnitude in 64-bit limbs: 2**64 is 8 modulo 2**61 - 1, so Horner's rule needs no division.</summary>
    public static long Of(ReadOnlySpan<ulong> magnitude, bool negative)
    {
        const ulong m = Modulus;
        ulong h = 0;
        for (var i = magnitude.Length - 1; i >= 0; i--)
        {
            // h * 2**64 + limb: h * 8 is a 3-bit rotation within 61 bits (2**61 is 1), plus the
            // limb folded the same way; the sum stays below 2**63.
            var limb = magnitude[i];
            h = (((h << 3) & m) | (h >> 58)) + (limb & m) + (limb >> 61);
            h = (h & m) + (h >> 61);
            if (h >= m) h -= m;
        }
        var r = (long)h;
        if (negative) r = -r;
        return r == -1 ? -2 : r;
    }
}
