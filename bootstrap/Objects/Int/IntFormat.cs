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
        var limbs = new ulong[(magnitude.GetByteCount(isUnsigned: true) + 7) / 8];
        magnitude.TryWriteBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(limbs.AsSpan()), out _, isUnsigned: true, isBigEndian: false);
        return Digits(limbs, radix, upper, "", false);
    }

    /// <summary>
    /// A magnitude in limbs in base 2, 8 or 16 after <paramref name="prefix"/> (and a
    /// '-'), read straight from the limbs: each digit is the bits at its place, where shifting a
    /// BigInteger down chunk by chunk copies the rest of the number every time.
    /// </summary>
    private static string Digits(ReadOnlySpan<ulong> limbs, int radix, bool upper, string prefix, bool negative)
    {
        var shift = BitsPerDigit(radix);
        var bits = Limbs.BitLength(limbs);
        var count = (bits + shift - 1) / shift;
        var head = (negative ? 1 : 0) + prefix.Length;
        var chars = new char[head + count];
        if (negative) chars[0] = '-';
        prefix.CopyTo(chars.AsSpan(negative ? 1 : 0));
        var table = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        var mask = (ulong)radix - 1;
        if (radix != 8)
        {
            // A digit never straddles two limbs: each limb's digits come off it by shifts, from
            // the end of the text back, without locating each digit's limb and bit again.
            var digits = chars.AsSpan(head);
            var perLimb = 64 / shift;
            var end = digits.Length;
            for (var k = 0; end > 0; k++)
            {
                var limb = limbs[k];
                var stop = Math.Max(end - perLimb, 0);
                for (var at = end - 1; at >= stop; at--)
                {
                    digits[at] = table[(int)(limb & mask)];
                    limb >>= shift;
                }
                end = stop;
            }
            return new string(chars);
        }
        for (var d = 0; d < count; d++)
        {
            // Digit d (from the low end) is the bits from d * shift, which may straddle two limbs.
            var at = d * shift;
            var limb = at >> 6;
            var offset = at & 63;
            var value = limbs[limb] >> offset;
            if (offset + shift > 64 && limb + 1 < limbs.Length) value |= limbs[limb + 1] << (64 - offset);
            chars[head + count - 1 - d] = table[(int)(value & mask)];
        }
        return new string(chars);
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
        if (radix == 10) return (value.Sign < 0 ? "-" : "") + prefix + IntFormatting.Decimal(BigInteger.Abs(value.Big));
        return Digits(value.Magnitude, radix, false, prefix, value.Sign < 0);
    }

    /// <summary>A 64-bit value in base 2, 8 or 16 after its sign and prefix.</summary>
    public static string WithPrefix(long x, int radix, string prefix)
    {
        Span<char> buf = stackalloc char[64 + 3];
        return new string(WritePrefixed(x, radix, prefix, buf));
    }

    /// <summary><see cref="WithPrefix(long, int, string)"/> as a str: a short one is one object (no string behind it).</summary>
    public static PyStr StrWithPrefix(long x, int radix, string prefix)
    {
        Span<char> buf = stackalloc char[64 + 3];
        return PyStr.Unpaired(WritePrefixed(x, radix, prefix, buf));
    }

    /// <summary>Sign, prefix and digits written at the end of <paramref name="buf"/> (67 units): the text written.</summary>
    private static ReadOnlySpan<char> WritePrefixed(long x, int radix, string prefix, Span<char> buf)
    {
        var magnitude = x < 0 ? unchecked((ulong)-(x + 1)) + 1 : (ulong)x;
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
        return buf[at..];
    }
}
