using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>Conversions between ints and their decimal text, with CPython 3.11's digit limit.</summary>
public static class IntFormatting
{
    /// <summary>sys.int_info.default_max_str_digits: CPython 3.11 refuses longer conversions.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>sys.int_info.str_digits_check_threshold: the smallest limit sys.set_int_max_str_digits accepts (besides 0).</summary>
    public const int CheckThreshold = 640;

    /// <summary>The limit now (sys.set_int_max_str_digits; 0 means none).</summary>
    public static int MaxStrDigits { get; set; } = DefaultMaxStrDigits;

    /// <summary>ValueError for parsing <paramref name="digits"/> decimal digits, when over the limit.</summary>
    public static void CheckParse(int digits)
    {
        if (MaxStrDigits > 0 && digits > MaxStrDigits)
        {
            throw Errors.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /// <summary>The decimal text of a big value (not <see cref="PyInt.IsSmall"/>).</summary>
    public static string ToDecimal(PyInt value)
    {
        // A number of b bits has at least floor((b - 1) * log10(2)) + 1 digits (the factor is
        // rounded down): past the limit it is refused before the quadratic conversion, as
        // CPython does, rather than after it.
        var bits = Limbs.BitLength(value.Magnitude);
        if (MaxStrDigits > 0 && (long)((bits - 1) * 0.30102999) + 1 > MaxStrDigits) throw TooManyDigits();
        return Checked(Decimal(value.Magnitude, value.Sign < 0), value.Sign < 0);
    }

    private static PyPack.Runtime.Exceptions.PyException TooManyDigits() =>
        Errors.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    public static string ToDecimal(BigInteger value) => Checked(Decimal(value), value.Sign < 0);

    private static string Checked(string text, bool negative)
    {
        var digits = text.Length - (negative ? 1 : 0);
        if (MaxStrDigits > 0 && digits > MaxStrDigits) throw TooManyDigits();
        return text;
    }

    /// <summary>
    /// The decimal text of <paramref name="value"/> with no digit limit (float formatting and
    /// round() use it). BigInteger.ToString is not used: its string.Create state is a ValueTuple
    /// holding a string, whose shared generic code links NativeAOT's type loader (~130 KB) into
    /// every binary that formats a big number.
    /// </summary>
    public static string Decimal(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return ((long)value).ToString(CultureInfo.InvariantCulture);
        var magnitude = BigInteger.Abs(value);
        var limbs = new ulong[(magnitude.GetByteCount(isUnsigned: true) + 7) / 8];
        magnitude.TryWriteBytes(MemoryMarshal.AsBytes(limbs.AsSpan()), out _, isUnsigned: true, isBigEndian: false);
        return Decimal(limbs, value.Sign < 0);
    }

    private const ulong Billion = 1_000_000_000;

    /// <summary>
    /// The decimal text of the magnitude <paramref name="limbs"/> (little-endian 64-bit limbs),
    /// with a '-' when <paramref name="negative"/>. Up to 128 bits it is UInt128's formatting;
    /// past that the magnitude is read from its top, 32 bits at a time, into base 10**9
    /// (value = value * 2**32 + word): quadratic as CPython's and .NET's conversions are. Each
    /// pass over the chunks waits on its carry (a multiply-high and a shift per chunk), so four
    /// passes, for four words, walk the chunks together: pass k works on chunk j right after
    /// pass k - 1 left it, and the four carry chains overlap.
    /// </summary>
    private static string Decimal(ReadOnlySpan<ulong> limbs, bool negative)
    {
        limbs = Limbs.Trim(limbs);
        if (limbs.Length <= 2)
        {
            var small = new UInt128(limbs.Length == 2 ? limbs[1] : 0, limbs.Length == 0 ? 0 : limbs[0]);
            var text = small.ToString(CultureInfo.InvariantCulture);
            return negative && small != 0 ? "-" + text : text;
        }
        // 10**9 > 2**29, so each nine-digit chunk holds at least 29 bits of the magnitude.
        var chunks = new uint[limbs.Length * 64 / 29 + 2];
        var count = 0;
        var i = limbs.Length - 1;
        if ((limbs.Length & 1) != 0)
        {
            count = MultiplyAdd(chunks, count, limbs[i] >> 32);
            count = MultiplyAdd(chunks, count, limbs[i] & 0xFFFFFFFF);
            i--;
        }
        for (; i > 0; i -= 2)
        {
            count = MultiplyAdd4(chunks, count, limbs[i] >> 32, limbs[i] & 0xFFFFFFFF, limbs[i - 1] >> 32, limbs[i - 1] & 0xFFFFFFFF);
        }
        var top = chunks[count - 1];
        var topDigits = 1;
        for (var t = top; t >= 10; t /= 10) topDigits++;
        var chars = new char[(negative ? 1 : 0) + topDigits + 9 * (count - 1)];
        var at = chars.Length;
        for (var c = 0; c < count - 1; c++)
        {
            var chunk = chunks[c];
            for (var d = 0; d < 9; d++)
            {
                chars[--at] = (char)('0' + chunk % 10);
                chunk /= 10;
            }
        }
        for (; at > (negative ? 1 : 0); top /= 10) chars[--at] = (char)('0' + top % 10);
        if (negative) chars[0] = '-';
        return new string(chars);
    }

    /// <summary>
    /// chunks[..count] = ((((chunks * 2**32 + w0) * 2**32 + w1) * 2**32 + w2) * 2**32 + w3): four
    /// passes of <see cref="MultiplyAdd"/> in one walk over the chunks; returns the new count.
    /// </summary>
    private static int MultiplyAdd4(uint[] chunks, int count, ulong w0, ulong w1, ulong w2, ulong w3)
    {
        ulong c0 = w0, c1 = w1, c2 = w2, c3 = w3;
        var span = chunks.AsSpan(0, count);
        for (var j = 0; j < span.Length; j++)
        {
            var x = ((ulong)span[j] << 32) | c0;
            c0 = x / Billion;
            x = ((x - c0 * Billion) << 32) | c1;
            c1 = x / Billion;
            x = ((x - c1 * Billion) << 32) | c2;
            c2 = x / Billion;
            x = ((x - c2 * Billion) << 32) | c3;
            c3 = x / Billion;
            span[j] = (uint)(x - c3 * Billion);
        }
        // Each later pass still has to run over the chunks the earlier ones appended.
        var start = count;
        count = Append(chunks, count, c0);
        count = Continue(chunks, start, count, c1);
        count = Continue(chunks, start, count, c2);
        return Continue(chunks, start, count, c3);
    }

    private static int Continue(uint[] chunks, int start, int count, ulong carry)
    {
        for (var j = start; j < count; j++)
        {
            var x = ((ulong)chunks[j] << 32) | carry;
            carry = x / Billion;
            chunks[j] = (uint)(x - carry * Billion);
        }
        return Append(chunks, count, carry);
    }

    private static int Append(uint[] chunks, int count, ulong carry)
    {
        while (carry != 0)
        {
            chunks[count++] = (uint)(carry % Billion);
            carry /= Billion;
        }
        return count;
    }

    /// <summary>chunks[..count] (base 10**9, low first) = chunks * 2**32 + word; returns the new count.</summary>
    private static int MultiplyAdd(uint[] chunks, int count, ulong word)
    {
        // Each chunk is below 10**9 and the carry below 2**32, so (chunk << 32) | carry is below
        // 10**9 * 2**32 and the next carry stays below 2**32.
        var carry = word;
        for (var j = 0; j < count; j++)
        {
            var x = ((ulong)chunks[j] << 32) | carry;
            carry = x / Billion;
            chunks[j] = (uint)(x - carry * Billion);
        }
        while (carry != 0)
        {
            chunks[count++] = (uint)(carry % Billion);
            carry /= Billion;
        }
        return count;
    }
}
