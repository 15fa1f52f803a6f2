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

    public static string Fixed(double x, int precision, bool alternate)
    {
        var digits = IntFormatting.Decimal(Scaled(x, precision));
        if (precision == 0) return alternate ? digits + "." : digits;
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
            var q = Scaled(x, count - 1 - exp);
            var s = IntFormatting.Decimal(q);
            if (s.Length == count) return (s, exp);
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
