using System.Numerics;
using System.Text;

namespace PyPack.Runtime.Objects;

/// <summary>Ints in bases 2, 8 and 16 (bin, oct, hex and the b/o/x format types).</summary>
public static class IntFormat
{
    public static string Digits(BigInteger magnitude, int radix, bool upper = false)
    {
        if (magnitude.IsZero) return "0";
        if (magnitude <= ulong.MaxValue) return Digits((ulong)magnitude, radix, upper);
        if (radix == 10) return IntFormatting.Decimal(magnitude);
        // 60 bits at a time (a multiple of 1, 3 and 4 bits per digit), low chunk first.
        const int chunkBits = 60;
        var perChunk = chunkBits / BitsPerDigit(radix);
        var chunks = new List<string>();
        var low = (BigInteger.One << chunkBits) - 1;
        while (!magnitude.IsZero)
        {
            chunks.Add(Digits((ulong)(magnitude & low), radix, upper));
            magnitude >>= chunkBits;
        }
        var sb = new StringBuilder(chunks.Count * perChunk);
        sb.Append(chunks[^1]);
        for (var i = chunks.Count - 2; i >= 0; i--) sb.Append('0', perChunk - chunks[i].Length).Append(chunks[i]);
        return sb.ToString();
    }

    private static int BitsPerDigit(int radix) => radix == 2 ? 1 : radix == 8 ? 3 : 4;

    /// <summary>The digits of a 64-bit magnitude, without BigInteger.</summary>
    public static string Digits(ulong magnitude, int radix, bool upper = false)
    {
        if (radix == 10) return magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (magnitude == 0) return "0";
        Span<char> buf = stackalloc char[64];
        var shift = BitsPerDigit(radix);
        var mask = (ulong)radix - 1;
        var digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        var at = buf.Length;
        while (magnitude != 0)
        {
            buf[--at] = digits[(int)(magnitude & mask)];
            magnitude >>= shift;
        }
        return new string(buf[at..]);
    }

    public static string WithPrefix(PyInt value, int radix, string prefix)
    {
        if (value.IsSmall && radix != 10) return WithPrefix(value.Small, radix, prefix);
        if (value.IsSmall)
        {
            var x = value.Small;
            var magnitude = x < 0 ? unchecked((ulong)-(x + 1)) + 1 : (ulong)x;
            return string.Concat(x < 0 ? "-" : "", prefix, Digits(magnitude, radix));
        }
        var v = value.Big;
        var digits = Digits(BigInteger.Abs(v), radix);
        return (v.Sign < 0 ? "-" : "") + prefix + digits;
    }

    /// <summary>A 64-bit value in base 2, 8 or 16 after its sign and prefix.</summary>
    public static string WithPrefix(long x, int radix, string prefix)
    {
        // Sign, prefix and digits written straight into the result: one string, no digits string to concatenate.
        var magnitude = x < 0 ? unchecked((ulong)-(x + 1)) + 1 : (ulong)x;
        Span<char> buf = stackalloc char[64 + 3];
        var shift = BitsPerDigit(radix);
        var mask = (ulong)radix - 1;
        var at = buf.Length;
        do
        {
            buf[--at] = "0123456789abcdef"[(int)(magnitude & mask)];
            magnitude >>= shift;
        }
        while (magnitude != 0);
        at -= prefix.Length;
        prefix.CopyTo(buf[at..]);
        if (x < 0) buf[--at] = '-';
        return new string(buf[at..]);
    }
}
