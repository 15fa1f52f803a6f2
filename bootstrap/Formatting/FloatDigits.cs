using System.Globalization;
using System.Numerics;
using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Formatting;

/// <summary>
/// Exact decimal digits of a double (no sign; finite values), rounded half to even on the exact
/// binary value as CPython's dtoa does: fixed, exponent and general notations.
/// </summary>
public static class FloatDigits
{
    /// <summary>The exact value as num / den.</summary>
    private static (BigInteger Num, BigInteger Den) Exact(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var rawExp = (int)((bits >> 52) & 0x7FF);
        var mantissa = new BigInteger(bits & 0xFFFFFFFFFFFFFL);
        int exp;
        if (rawExp == 0) exp = -1074;
        else { mantissa += BigInteger.One << 52; exp = rawExp - 1075; }
        return exp >= 0 ? (mantissa << exp, BigInteger.One) : (mantissa, BigInteger.One << -exp);
    }

    /// <summary>round(x * 10**scale), half to even.</summary>
    private static BigInteger Scaled(double x, int scale)
    {
        var (num, den) = Exact(x);
        if (scale >= 0) num *= BigInteger.Pow(10, scale); else den *= BigInteger.Pow(10, -scale);
        var q = BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>
    /// The decimal digits of round(x * 10**scale), half to even. Where the exact fraction
    /// (mantissa and powers of 2 and 10) fits 128 bits, as for nearly every value printed with a
    /// few decimals or significant digits, it is divided in UInt128 arithmetic instead of BigInteger.
    /// </summary>
    private static string ScaledDigits(double x, int scale)
    {
        if (TryScaled128(x, scale, out var quotient))
        {
            // Nearly every quotient fits 64 bits, whose formatting is much cheaper than UInt128's.
            return quotient <= ulong.MaxValue ? ((ulong)quotient).ToString(CultureInfo.InvariantCulture) : quotient.ToString(CultureInfo.InvariantCulture);
        }
        return IntFormatting.Decimal(Scaled(x, scale));
    }

    /// <summary>round(x * 10**scale), half to even, when the exact fraction fits 128 bits (see <see cref="ScaledDigits"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool TryScaled128(double x, int scale, out UInt128 quotient)
    {
        quotient = 0;
        if (Math.Abs(scale) > 19) return false;
        var bits = BitConverter.DoubleToInt64Bits(x);
        var rawExp = (int)((bits >> 52) & 0x7FF);
        UInt128 mantissa = (ulong)(bits & 0xFFFFFFFFFFFFFL);
        int exp;
        if (rawExp == 0) exp = -1074;
        else { mantissa += (UInt128)1 << 52; exp = rawExp - 1075; }
        var power = (UInt128)Pow10[Math.Abs(scale)];
        // x * 10**scale = num / den: the power of 10 and of 2 each on their side.
        var num = mantissa;
        UInt128 den = 1;
        if (scale >= 0 && !TryMultiply(ref num, power)) return false;
        if (scale < 0) den = power;
        if (exp >= 0 ? !TryShift(ref num, exp) : !TryShift(ref den, -exp)) return false;
        UInt128 remainder;
        if (UInt128.IsPow2(den))
        {
            // A power of two below (scale >= 0, as for every 'f' and most 'e'/'g' digits): a
            // shift and a mask instead of UInt128's long division.
            var shift = (int)UInt128.TrailingZeroCount(den);
            quotient = num >> shift;
            remainder = num & (den - 1);
        }
        else
        {
            (quotient, remainder) = UInt128.DivRem(num, den);
        }
        var twice = remainder << 1; // den < 2**127 (TryShift), so no overflow
        if (twice > den || (twice == den && (quotient & 1) != 0)) quotient++;
        return true;
    }

    /// <summary>
    /// <see cref="Fixed"/> written into <paramref name="dest"/> without a string: false (nothing
    /// promised in dest) when the digits do not come from the 64-bit fast path or do not fit.
    /// </summary>
    public static bool TryWriteFixed(double x, int precision, bool alternate, Span<char> dest, out int written)
    {
        written = 0;
        if (!TryScaled128(x, precision, out var quotient) || quotient > ulong.MaxValue) return false;
        var q = (ulong)quotient;
        var count = 1;
        while (count < Pow10.Length && q >= Pow10[count]) count++;
        // As Fixed: at least one digit before the point, the precision's digits after it, the
        // digits written from the last (short runs: no copy calls).
        var whole = Math.Max(1, count - precision);
        var point = precision > 0 || alternate ? 1 : 0;
        var at = whole + point + precision;
        if (at > dest.Length) return false;
        var k = at - 1;
        for (var i = 0; i < precision; i++, k--)
        {
            dest[k] = (char)('0' + (int)(q % 10));
            q /= 10;
        }
        if (point != 0) dest[k--] = '.';
        for (; k >= 0; k--)
        {
            dest[k] = (char)('0' + (int)(q % 10));
            q /= 10;
        }
        written = at;
        return true;
    }

    private static readonly ulong[] Pow10 = BuildPow10();

    private static ulong[] BuildPow10()
    {
        var table = new ulong[20];
        table[0] = 1;
        for (var i = 1; i < table.Length; i++) table[i] = table[i - 1] * 10;
        return table;
    }

    // value * factor, when the product stays below 2**127.
    private static bool TryMultiply(ref UInt128 value, UInt128 factor)
    {
        if (128 - (int)UInt128.LeadingZeroCount(value) + (128 - (int)UInt128.LeadingZeroCount(factor)) > 127) return false;
        value *= factor;
        return true;
    }

    // value << shift, when the result stays below 2**127.
    private static bool TryShift(ref UInt128 value, int shift)
    {
        if (128 - (int)UInt128.LeadingZeroCount(value) + shift > 127) return false;
        value <<= shift;
        return true;
    }

    [System.Runtime.CompilerServices.SkipLocalsInit] // the stack buffers are written before they are read
    public static string Fixed(double x, int precision, bool alternate)
    {
        // Mostly a few decimals of a number below 10**19: written once, no string for the digits.
        Span<char> quick = stackalloc char[48];
        if (TryWriteFixed(x, precision, alternate, quick, out var written)) return new string(quick[..written]);
        var digits = ScaledDigits(x, precision);
        if (precision == 0) return alternate ? digits + "." : digits;
        var whole = Math.Max(1, digits.Length - precision); // digits before the point, at least "0"
        if (whole + 1 + precision <= 128)
        {
            // Leading zeros, the point and the digits written in one buffer: one string made.
            Span<char> padded = stackalloc char[whole + precision];
            var zeros = padded.Length - digits.Length;
            padded[..zeros].Fill('0');
            digits.CopyTo(padded[zeros..]);
            Span<char> text = stackalloc char[padded.Length + 1];
            padded[..whole].CopyTo(text);
            text[whole] = '.';
            padded[whole..].CopyTo(text[(whole + 1)..]);
            return new string(text);
        }
        if (digits.Length <= precision) digits = new string('0', precision + 1 - digits.Length) + digits;
        return digits[..^precision] + "." + digits[^precision..];
    }

    /// <summary>precision+1 significant digits and the decimal exponent of the first.</summary>
    private static (string Digits, int Exp) Significant(double x, int count)
    {
        if (x == 0) return (new string('0', count), 0);
        var exp = (int)Math.Floor(Math.Log10(x));
        while (true)
        {
            var s = ScaledDigits(x, count - 1 - exp);
            if (s.Length == count)
            {
                // log10 may round up to the next power of ten for x just below it (1e-07 is
                // 9.99...e-08): then "100..." here is a carry, and one exponent lower gives the digits.
                if (s[0] == '1' && s.AsSpan(1).IndexOfAnyExcept('0') < 0 && ScaledDigits(x, count - exp) is { Length: var n } lower && n == count)
                {
                    return (lower, exp - 1);
                }
                return (s, exp);
            }
            exp += s.Length > count ? 1 : -1;
        }
    }

    public static string Exponent(double x, int precision, bool alternate, bool upper)
    {
        var (digits, exp) = Significant(x, precision + 1);
        var sb = new StringBuilder();
        sb.Append(digits[0]);
        if (precision > 0 || alternate) sb.Append('.');
        sb.Append(digits, 1, digits.Length - 1);
        sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>
    /// 'g': scientific when the exponent is below -4 or at least the precision, trailing zeros
    /// removed unless '#'. <paramref name="noType"/> is format's empty type with a precision:
    /// like 'g' but a fixed result keeps at least one digit after the point.
    /// </summary>
    public static string General(double x, int precision, bool alternate, bool upper, bool noType)
    {
        var (digits, exp) = Significant(x, precision);
        if (x == 0) exp = 0;
        string result;
        if (exp >= -4 && exp < precision)
        {
            // Fixed with precision - 1 - exp digits after the point.
            var frac = precision - 1 - exp;
            string body;
            if (exp >= 0)
            {
                body = digits[..(exp + 1)] + (frac > 0 ? "." + digits[(exp + 1)..] : "");
            }
            else
            {
                body = "0." + new string('0', -exp - 1) + digits;
            }
            if (!alternate && body.Contains('.')) body = body.TrimEnd('0').TrimEnd('.');
            if (alternate && !body.Contains('.')) body += ".";
            if (noType && !body.Contains('.')) body += ".0";
            result = body;
        }
        else
        {
            var mant = digits[..1] + (digits.Length > 1 ? "." + digits[1..] : "");
            if (!alternate && mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            if (alternate && !mant.Contains('.')) mant += ".";
            result = mant + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        return result;
    }
}
