using System.Numerics;
using System.Text;

namespace PyPack.Runtime.Objects;

/// <summary>Ints in bases 2, 8 and 16 (bin, oct, hex and the b/o/x format types).</summary>
public static class IntFormat
{
    public static string Digits(BigInteger magnitude, int radix, bool upper = false)
    {
        if (magnitude.IsZero) return "0";
        if (radix == 10) return magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        var shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        var mask = radix - 1;
        var digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        while (!magnitude.IsZero)
        {
            sb.Append(digits[(int)(magnitude & mask)]);
            magnitude >>= shift;
        }
        var chars = sb.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    public static string WithPrefix(PyInt value, int radix, string prefix)
    {
        var v = value.Big;
        var digits = Digits(BigInteger.Abs(v), radix);
        return (v.Sign < 0 ? "-" : "") + prefix + digits;
    }
}
