using System.Globalization;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>repr(float)</c>: the shortest digits that round-trip (what .NET's "R" gives), laid out by
/// CPython's rule: positional when the decimal exponent is in [-4, 16), otherwise scientific
/// with at least two exponent digits.
/// </summary>
public static class FloatRepr
{
    /// <summary><see cref="Of"/> as a new str: ASCII, written in place (one object, inline) when positional.</summary>
    public static PyStr StrOf(double value)
    {
        Span<char> quick = stackalloc char[32];
        if (double.IsFinite(value) && value != 0 && TryWritePositional(value, quick, out var written)) return PyStr.Unpaired(quick[..written]);
        return PyStr.Unpaired(Of(value).AsSpan());
    }

    public static string Of(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";
        Span<char> quick = stackalloc char[32];
        if (TryWritePositional(value, quick, out var written)) return new string(quick[..written]);

        var (negative, digits, pointPos) = ShortestDigits(value);
        var sb = new System.Text.StringBuilder(24);
        if (negative) sb.Append('-');
        // value = 0.DIGITS * 10**pointPos
        if (pointPos > -4 && pointPos <= 16)
        {
            if (pointPos <= 0)
            {
                sb.Append("0.").Append('0', -pointPos).Append(digits);
            }
            else if (pointPos >= digits.Length)
            {
                sb.Append(digits).Append('0', pointPos - digits.Length).Append(".0");
            }
            else
            {
                sb.Append(digits, 0, pointPos).Append('.').Append(digits, pointPos, digits.Length - pointPos);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            var exp = pointPos - 1;
            sb.Append(exp < 0 ? "e-" : "e+").Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The repr of a nonzero finite <paramref name="value"/> written into <paramref name="dest"/>
    /// (32 chars or more) when it is positional (decimal exponent in [-4, 16)): there .NET's
    /// positional "R" text has the same shortest digits, so it is the repr, with ".0" added to
    /// an integral value. False (nothing meant) otherwise.
    /// </summary>
    public static bool TryWritePositional(double value, Span<char> dest, out int written)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-4 && TryWriteFewDecimals(value, magnitude, dest, out written)) return true;
        if (magnitude >= 1e-4 && magnitude < 1e16 && value.TryFormat(dest, out written, "R", CultureInfo.InvariantCulture) && dest[..written].IndexOfAny('E', 'e') < 0)
        {
            if (dest[..written].Contains('.')) return true;
            if (written + 2 > dest.Length) return false;
            dest[written++] = '.';
            dest[written++] = '0';
            return true;
        }
        written = 0;
        return false;
    }

    // Below 2**50 a double's spacing is under a quarter of the last decimal place tried, so at
    // most one decimal of that many places rounds to it, and the scaled value's rounding error
    // cannot move its nearest integer off that decimal.
    private const double FewDecimalsLimit = 1125899906842624.0; // 2**50
    private const int FewDecimalsPlaces = 6;

    /// <summary>
    /// The repr of a value with few decimals (prices, halves), without the shortest-digits search:
    /// with k from 0 up, the nearest k-place decimal is the repr's digits once it gives the value
    /// back (quotient of two exact doubles, so correctly rounded): no shorter decimal does (smaller
    /// k failed) and no other of k places can.
    /// </summary>
    private static bool TryWriteFewDecimals(double value, double magnitude, Span<char> dest, out int written)
    {
        var scale = 1.0;
        for (var k = 0; k <= FewDecimalsPlaces; k++, scale *= 10)
        {
            var scaled = magnitude * scale;
            if (scaled >= FewDecimalsLimit) break;
            var n = Math.Round(scaled);
            if (n / scale != magnitude) continue;
            var at = 0;
            if (value < 0) dest[at++] = '-';
            Span<char> digits = stackalloc char[24];
            ((long)n).TryFormat(digits, out var count, default, CultureInfo.InvariantCulture);
            if (k == 0)
            {
                digits[..count].CopyTo(dest[at..]);
                at += count;
                dest[at++] = '.';
                dest[at++] = '0';
            }
            else if (count > k)
            {
                digits[..(count - k)].CopyTo(dest[at..]);
                at += count - k;
                dest[at++] = '.';
                digits[(count - k)..count].CopyTo(dest[at..]);
                at += k;
            }
            else
            {
                dest[at++] = '0';
                dest[at++] = '.';
                dest.Slice(at, k - count).Fill('0');
                at += k - count;
                digits[..count].CopyTo(dest[at..]);
                at += count;
            }
            written = at;
            return true;
        }
        written = 0;
        return false;
    }

    /// <summary>The shortest round-trip significant digits and the decimal point position.</summary>
    public static (bool Negative, string Digits, int PointPos) ShortestDigits(double value)
    {
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        string mantissa;
        var exponent = 0;
        var e = shortest.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            mantissa = shortest[..e];
            exponent = int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = shortest;
        }
        var dot = mantissa.IndexOf('.');
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        var all = intPart + fracPart;
        var pointPos = intPart.Length + exponent;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') { lead++; pointPos--; }
        all = all[lead..].TrimEnd('0');
        if (all.Length == 0) all = "0";
        return (double.IsNegative(value), all, pointPos);
    }
}
