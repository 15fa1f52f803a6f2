using System.Numerics;

namespace PyPack.Runtime.Objects;

/// <summary>
/// CPython's numeric hash: the value modulo the Mersenne prime 2**61 - 1, sign kept, with -1
/// mapped to -2. Equal ints and floats hash alike, which set iteration order depends on.
/// </summary>
public static class IntHash
{
    public const long Modulus = (1L << 61) - 1;

    public static long Of(long value)
    {
        // Below the modulus the hash is the value itself: no division on the common path.
        if (value > -Modulus && value < Modulus) return value == -1 ? -2 : value;
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
}
