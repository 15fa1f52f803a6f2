using System.Globalization;

namespace PyPack.Runtime.Modules.Decimals;

/// <summary>
/// The usual shapes of decimal text, both ways: plain ASCII numbers ([sign] digits [. digits]
/// [e [sign] digits]) read into a finite value, and finite values printed without an exponent.
/// Everything else (spaces, underscores, non-ASCII digits, specials, long coefficients,
/// exponent notation on output) is decimal.py's.
/// </summary>
internal static class DecimalText
{
    /// <summary>The value of a plain number whose coefficient fits a long; false for any other text.</summary>
    public static bool TryParse(string text, out FiniteDecimal value)
    {
        value = default;
        var i = 0;
        var n = text.Length;
        var negative = false;
        if (i < n && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }
        ulong c = 0;
        var digits = 0;
        var fraction = 0;
        var seenPoint = false;
        for (; i < n; i++)
        {
            var ch = text[i];
            if (ch is >= '0' and <= '9')
            {
                // 18 digits always fit a long; leading zeros do not count.
                if (c != 0 || ch != '0')
                {
                    if (++digits > 18) return false;
                }
                c = c * 10 + (ulong)(ch - '0');
                if (seenPoint) fraction++;
            }
            else if (ch == '.' && !seenPoint) seenPoint = true;
            else break;
        }
        var mantissaEnd = i;
        var start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        var mantissaDigits = mantissaEnd - start - (seenPoint ? 1 : 0);
        if (mantissaDigits <= 0) return false;
        long exponent = 0;
        if (i < n)
        {
            if (text[i] != 'e' && text[i] != 'E') return false;
            i++;
            var expNegative = false;
            if (i < n && (text[i] == '-' || text[i] == '+'))
            {
                expNegative = text[i] == '-';
                i++;
            }
            var expStart = i;
            for (; i < n; i++)
            {
                var ch = text[i];
                if (ch is < '0' or > '9') return false;
                if (i - expStart >= 15) return false;
                exponent = exponent * 10 + (ch - '0');
            }
            if (i == expStart) return false;
            if (expNegative) exponent = -exponent;
        }
        value = new FiniteDecimal(negative, c, exponent - fraction);
        return true;
    }

    /// <summary>decimal.py's _to_text for a finite value that prints without an exponent; null for one that needs it.</summary>
    public static string? TryPlain(FiniteDecimal d)
    {
        var e = d.Exponent;
        if (e > 0) return null;
        var digits = d.Coefficient.ToString(CultureInfo.InvariantCulture);
        var n = digits.Length;
        if (e + n - 1 < -6) return null;
        var sign = d.Negative ? "-" : "";
        if (e == 0) return sign + digits;
        var point = n + (int)e;
        if (point > 0) return string.Concat(sign, digits.AsSpan(0, point), ".", digits.AsSpan(point));
        return string.Concat(sign, "0.", new string('0', -point), digits);
    }
}
