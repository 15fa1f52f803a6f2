namespace PyPack.Runtime.Objects;

/// <summary>CPython's float hash: integral values hash as the int; others by their exact rational value mod 2**61 - 1.</summary>
public static class FloatHash
{
    public static long Of(double value, PyObject owner)
    {
        if (double.IsNaN(value)) return (long)(Identity.Of(owner) >> 4);
        if (double.IsPositiveInfinity(value)) return 314159;
        if (double.IsNegativeInfinity(value)) return -314159;
        if (value == Math.Floor(value) && Math.Abs(value) < 9.2e18) return IntHash.Of((long)value);

        // m * 2**e with m an integer of 53 bits; reduce m and 2**e modulo P separately.
        var sign = value < 0 ? -1 : 1;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var rawExp = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (rawExp == 0) e = -1074;
        else { mantissa |= 1L << 52; e = rawExp - 1075; }
        const long P = IntHash.Modulus;
        var x = (ulong)(mantissa % P);
        // 2**61 == 1 (mod P), so multiplying by 2**e is rotating the 61-bit value by e mod 61.
        var shift = ((e % 61) + 61) % 61;
        x = ((x << shift) & (ulong)P) | (x >> (61 - shift));
        var h = (long)x * sign;
        return h == -1 ? -2 : h;
    }
}
